import { describe, expect, it } from 'vitest'

import { catalogueViewSegment, parseCatalogueView } from '@/lib/catalogue/view'

describe('catalogue cache segments', () => {
  it('gives one segment per combination of themes, levels and page, whatever the order', () => {
    expect(catalogueViewSegment({})).toBe('all_all_1')
    expect(catalogueViewSegment({ theme: ['securite', 'email'], level: ['2', '0'], page: '3' })).toBe(
      'email.securite_02_3',
    )
    expect(catalogueViewSegment({ theme: 'email,securite', level: '0,2', page: '3' })).toBe('email.securite_02_3')
  })

  it('leaves text searches to per-request rendering', () => {
    expect(catalogueViewSegment({ q: 'mail', theme: 'email' })).toBeNull()
    expect(catalogueViewSegment({ q: '   ' })).toBe('all_all_1')
  })

  it('reads a segment back into filters', () => {
    expect(parseCatalogueView('email.securite_02_3')).toEqual({
      q: '',
      themes: ['email', 'securite'],
      levels: ['0', '2'],
      page: 3,
    })
    expect(parseCatalogueView('all_all_1')).toEqual({ q: '', themes: [], levels: [], page: 1 })
  })

  it('refuses segments that are not canonical, so the cache holds one entry per view', () => {
    for (const segment of [
      'securite.email_02_3',
      'all_20_1',
      'all_all_0',
      'all_all',
      'x_y_z_1',
      '<b>_all_1',
      'all_9_1',
    ])
      expect(parseCatalogueView(segment)).toBeNull()
  })
})
