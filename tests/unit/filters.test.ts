import { describe, expect, it } from 'vitest'

import { catalogueQuery, hasActiveFilters, parseCatalogueFilters, readQuery } from '@/lib/catalogue/filters'

describe('parseCatalogueFilters', () => {
  it('reads search, themes, levels and page from the URL', () => {
    expect(
      parseCatalogueFilters({ q: '  e-mail  ', theme: ['internet', 'emploi'], level: ['2', '0'], page: '3' }),
    ).toEqual({
      q: 'e-mail',
      themes: ['internet', 'emploi'],
      levels: ['0', '2'],
      page: 3,
    })
  })

  it('accepts comma-separated values', () => {
    expect(parseCatalogueFilters({ theme: 'internet,emploi', level: '1,3' })).toMatchObject({
      themes: ['internet', 'emploi'],
      levels: ['1', '3'],
    })
  })

  it('drops malformed values instead of failing', () => {
    expect(
      parseCatalogueFilters({ theme: ['<script>', 'Internet', ''], level: ['7', 'abc', '-1'], page: 'x' }),
    ).toEqual({
      q: '',
      themes: ['internet'],
      levels: [],
      page: 1,
    })
    expect(parseCatalogueFilters({ page: '0' }).page).toBe(1)
    expect(parseCatalogueFilters({ page: '99999999' }).page).toBe(1)
  })

  it('caps the search text and collapses spaces', () => {
    const parsed = parseCatalogueFilters({ q: `a   b${'x'.repeat(500)}` })
    expect(parsed.q.startsWith('a b')).toBe(true)
    expect(parsed.q.length).toBe(100)
  })

  it('keeps commas in the search text', () => {
    expect(parseCatalogueFilters({ q: 'gsm, tablette' }).q).toBe('gsm, tablette')
  })

  it('removes duplicate themes', () => {
    expect(parseCatalogueFilters({ theme: ['internet', 'internet'] }).themes).toEqual(['internet'])
  })
})

describe('readQuery', () => {
  it('cuts a long search at 100 characters and says so, never inside a character', () => {
    expect(readQuery('  wifi   gratuit ')).toEqual({ q: 'wifi gratuit', cut: false })
    expect(readQuery(['a', 'b'])).toEqual({ q: 'a', cut: false })
    expect(readQuery(undefined)).toEqual({ q: '', cut: false })
    expect(readQuery('x'.repeat(100))).toEqual({ q: 'x'.repeat(100), cut: false })
    const long = readQuery('x'.repeat(101))
    expect(long).toEqual({ q: 'x'.repeat(100), cut: true })
    const emoji = readQuery('🙂'.repeat(150))
    expect(emoji).toEqual({ q: '🙂'.repeat(100), cut: true })
  })
})

describe('catalogueQuery', () => {
  it('round-trips through the parser, page 1 implicit', () => {
    const filters = { q: 'itsme', themes: ['demarches-en-ligne'], levels: ['1'], page: 1 }
    const query = catalogueQuery(filters)
    expect(query).toEqual({ q: 'itsme', theme: ['demarches-en-ligne'], level: ['1'] })
    expect(parseCatalogueFilters(query)).toEqual(filters)
    expect(catalogueQuery({ ...filters, page: 2 }).page).toBe('2')
  })

  it('knows when filters are active', () => {
    expect(hasActiveFilters(parseCatalogueFilters({}))).toBe(false)
    expect(hasActiveFilters(parseCatalogueFilters({ level: '0' }))).toBe(true)
  })
})
