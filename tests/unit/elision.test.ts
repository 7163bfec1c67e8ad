import { describe, expect, it } from 'vitest'

import { elidesDe, frenchOf, placeArgs } from '@/lib/text/elision'

describe('French "de" before a place name', () => {
  it('elides before a vowel, an accented capital and a y before a consonant', () => {
    for (const name of ['Anvers', 'Ixelles', 'Etterbeek', 'Uccle', 'Arlon', 'Ath', 'Andenne', 'Eupen'])
      expect(frenchOf(name)).toBe(`d’${name}`)
    expect(frenchOf('Ottignies-Louvain-la-Neuve')).toBe('d’Ottignies-Louvain-la-Neuve')
    expect(frenchOf('Écaussinnes')).toBe('d’Écaussinnes')
    expect(frenchOf('Îles')).toBe('d’Îles')
    expect(frenchOf('Ypres')).toBe('d’Ypres')
    expect(frenchOf('Yvoir')).toBe('d’Yvoir')
  })

  it('keeps "de" before consonants, an aspirated or Germanic h, and a postcode', () => {
    for (const name of ['Namur', 'Huy', 'Herstal', 'Hasselt', 'Hannut', 'Halle', 'La Louvière', 'Yutz'])
      expect(frenchOf(name)).toBe(`de ${name}`)
    expect(frenchOf('5000 Namur')).toBe('de 5000 Namur')
    expect(frenchOf('2000 Anvers')).toBe('de 2000 Anvers')
  })

  it('elides before the few mute-h names of the list', () => {
    expect(frenchOf('Hellemmes')).toBe('d’Hellemmes')
    expect(frenchOf('Hénin-Beaumont')).toBe('d’Hénin-Beaumont')
    expect(elidesDe('Hem')).toBe(false)
  })

  it('contracts the article of "Le …" and "Les …"', () => {
    expect(frenchOf('Le Rœulx')).toBe('du Rœulx')
    expect(frenchOf('Les Bons Villers')).toBe('des Bons Villers')
  })

  it('gives the label of a province, a region or a department its article', () => {
    expect(frenchOf('Province de Hainaut')).toBe('de la province de Hainaut')
    expect(frenchOf('Province d’Anvers')).toBe('de la province d’Anvers')
    expect(frenchOf('Région wallonne')).toBe('de la Région wallonne')
    expect(frenchOf('Département du Nord')).toBe('du département du Nord')
  })

  it('gives a message both forms', () => {
    expect(placeArgs('Anvers')).toEqual({ place: 'Anvers', ofPlace: 'd’Anvers' })
  })
})
