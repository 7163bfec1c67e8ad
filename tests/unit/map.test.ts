import { beforeAll, describe, expect, it } from 'vitest'

import { areasOf, inArea } from '@/lib/geo/areas'
import { loadGazetteer } from '@/lib/geo/gazetteer'
import { geocode, locatePlace } from '@/lib/geo/geocode'
import { mapQuery, parseMapFilters } from '@/lib/map/filters'
import { isOpenAt } from '@/lib/map/hours'
import type { MapEntry } from '@/lib/map/index'
import { compactPoints, searchStructures } from '@/lib/map/search'

const entry = (over: Partial<MapEntry>): MapEntry => ({
  id: 1,
  slug: 'x',
  name: 'EPN de Namur',
  nameKey: 'epn-de-namur',
  cityKey: 'namur',
  postcode: '5000',
  city: 'Namur',
  country: 'BE',
  longitude: 4.8675,
  latitude: 50.4669,
  audiences: [],
  services: [],
  modes: [],
  fees: [],
  openingHours: [],
  ...over,
})

// Wednesday 18 November 2026, 10:30 in Brussels (09:30 UTC).
const wednesdayMorning = new Date('2026-11-18T09:30:00Z')

describe('map filters', () => {
  it('keeps known values only and round-trips through the URL', () => {
    const filters = parseMapFilters({
      q: ' EPN ',
      near: 'Lille',
      place: 'BE-13019',
      service: ['demarches', 'inconnu'],
      fee: 'gratuit',
      open: '1',
      page: '2',
    })
    expect(filters).toEqual({
      q: 'EPN',
      near: 'Lille',
      place: 'BE-13019',
      audiences: [],
      services: ['demarches'],
      modes: [],
      fees: ['gratuit'],
      openNow: true,
      page: 2,
    })
    expect(parseMapFilters(mapQuery(filters))).toEqual(filters)
    expect(parseMapFilters({ near: 'Lille', place: '<script>' }).place).toBe('')
    expect(parseMapFilters({ near: 'Rue de Fer 25, Namur' }).near).toBe('Rue de Fer 25, Namur')
  })
})

describe('opening hours', () => {
  const hours = [{ day: 'wed', opens: '09:00', closes: '12:00' }]
  it('uses Brussels time', () => {
    expect(isOpenAt(hours, wednesdayMorning)).toBe(true)
    expect(isOpenAt(hours, new Date('2026-11-18T11:30:00Z'))).toBe(false) // 12:30 in Brussels
    expect(isOpenAt(hours, new Date('2026-11-19T09:30:00Z'))).toBe(false) // Thursday
  })
})

describe('searchStructures', () => {
  const entries = [
    entry({
      id: 1,
      services: ['demarches'],
      fees: ['gratuit'],
      openingHours: [{ day: 'wed', opens: '09:00', closes: '12:00' }],
    }),
    entry({
      id: 2,
      name: 'CPAS de Ciney',
      nameKey: 'cpas-de-ciney',
      cityKey: 'ciney',
      longitude: 5.1002,
      latitude: 50.2945,
      services: ['emploi'],
    }),
    entry({
      id: 3,
      name: 'Médiathèque de Lille',
      nameKey: 'mediatheque-de-lille',
      cityKey: 'lille',
      country: 'FR',
      longitude: 3.0586,
      latitude: 50.633,
    }),
  ]
  const none = parseMapFilters({})

  it('matches every word of the name, accents ignored', () => {
    expect(
      searchStructures(entries, { ...none, q: 'mediatheque lille' }, null, wednesdayMorning).map((h) => h.id),
    ).toEqual([3])
  })

  it('combines filter groups, and "open now"', () => {
    const ids = (filters: Partial<typeof none>) =>
      searchStructures(entries, { ...none, ...filters }, null, wednesdayMorning).map((h) => h.id)
    expect(ids({ services: ['demarches', 'emploi'] })).toEqual([1, 2])
    expect(ids({ services: ['demarches', 'emploi'], fees: ['gratuit'] })).toEqual([1])
    expect(ids({ openNow: true })).toEqual([1])
  })

  it('sorts by distance within the radius', () => {
    const hits = searchStructures(entries, none, { longitude: 5.07, latitude: 50.31, label: 'Ciney' }, wednesdayMorning)
    expect(hits.map((h) => h.id)).toEqual([2, 1])
    expect(hits[0]!.distanceKm).toBeLessThan(3)
  })

  it('sends compact integer points', () => {
    expect(compactPoints([entries[0]!])).toEqual([1, 48675, 504669])
  })
})

describe('offline geocoding', () => {
  // The first load transforms and indexes 2 MB of JSON: longer than a test's default timeout on a busy machine.
  beforeAll(() => loadGazetteer(), 60_000)

  it('finds Belgian and French municipalities, and falls back to the province or department', async () => {
    expect(await geocode('BE', '5590', 'Ciney')).toMatchObject({
      precision: 'municipality',
      latitude: expect.closeTo(50.29, 1),
    })
    expect(await geocode('FR', '59100', 'Roubaix')).toMatchObject({ precision: 'municipality', inseeCode: '59512' })
    expect(await geocode('BE', '1050', 'Ixelles')).toMatchObject({ precision: 'municipality' })
    expect(await geocode('BE', '5100', 'Jambes')).toMatchObject({ precision: 'submunicipality' })
    expect(await geocode('BE', '1499', 'Nulle-Part')).toMatchObject({ precision: 'area' })
    expect(await geocode('FR', '80999', 'Nulle-Part')).toMatchObject({
      precision: 'area',
      latitude: expect.closeTo(49.9, 0),
    })
    expect(await geocode('BE', '12', '')).toBeNull()
  })

  it('reads what people type in "près de"', async () => {
    expect(await locatePlace('Rue de Fer 12, 5000 Namur')).toMatchObject({ label: '5000 Namur' })
    expect(await locatePlace('gent')).toMatchObject({ label: 'Gand', precision: 'municipality' })
    expect(await locatePlace('gent', 'nl')).toMatchObject({ label: 'Gent', precision: 'municipality' })
    expect(await locatePlace('Atlantis')).toBeNull()
  })
})

describe('structures inside a province, region or department', () => {
  beforeAll(() => loadGazetteer(), 60_000)
  const entries = [
    entry({ id: 1, postcode: '7000', city: 'Mons', longitude: 3.9517, latitude: 50.4542 }),
    entry({ id: 2, postcode: '6000', city: 'Charleroi', longitude: 4.4444, latitude: 50.4108 }),
    entry({ id: 3, postcode: '7500', city: 'Tournai', longitude: 3.3878, latitude: 50.6056 }),
    entry({ id: 4, postcode: '5000', city: 'Namur' }),
    entry({ id: 5, postcode: '6700', city: 'Arlon', longitude: 5.8167, latitude: 49.6833 }),
    entry({ id: 6, postcode: '1000', city: 'Bruxelles', longitude: 4.3517, latitude: 50.8467 }),
    entry({ id: 7, postcode: '9000', city: 'Gent', longitude: 3.7174, latitude: 51.0543 }),
    entry({ id: 8, postcode: '59000', city: 'Lille', country: 'FR', longitude: 3.0573, latitude: 50.6292 }),
    entry({ id: 9, postcode: '62000', city: 'Arras', country: 'FR', longitude: 2.7775, latitude: 50.2914 }),
  ]
  const inside = async (code: string) => {
    const gazetteer = await loadGazetteer()
    const area = areasOf(gazetteer.data).areas.get(code)!
    const origin = { longitude: area.longitude, latitude: area.latitude, label: area.label.fr }
    const within = (e: MapEntry) => inArea(gazetteer.data, area, e.country, e.postcode)
    return searchStructures(entries, parseMapFilters({}), origin, wednesdayMorning, within)
  }

  it('lists a province by its postcode ranges, nearest its centre first, with no radius nor distance', async () => {
    // Hainaut is 6000-6599 and 7000-7999; Tournai is 40 km from its centre, still inside.
    const hits = await inside('BE-WHT')
    expect(hits.map((h) => h.city)).toEqual(['Mons', 'Charleroi', 'Tournai'])
    expect(hits.every((h) => h.distanceKm === undefined)).toBe(true)
  })

  it('lists a region as its provinces, and Brussels as its own postcodes', async () => {
    expect((await inside('BE-WAL')).map((h) => h.id).sort()).toEqual([1, 2, 3, 4, 5])
    expect((await inside('BE-VLG')).map((h) => h.city)).toEqual(['Gent'])
    expect((await inside('BE-BRU')).map((h) => h.city)).toEqual(['Bruxelles'])
  })

  it('lists a French department by its postcode prefix', async () => {
    expect((await inside('FR-59')).map((h) => h.city)).toEqual(['Lille'])
    expect((await inside('FR-62')).map((h) => h.city)).toEqual(['Arras'])
  })

  it('keeps the other filters', async () => {
    const gazetteer = await loadGazetteer()
    const area = areasOf(gazetteer.data).areas.get('BE-WHT')!
    const filtered = searchStructures(
      entries.map((e) => (e.id === 2 ? { ...e, services: ['demarches'] } : e)),
      parseMapFilters({ service: 'demarches' }),
      { longitude: area.longitude, latitude: area.latitude, label: area.label.fr },
      wednesdayMorning,
      (e) => inArea(gazetteer.data, area, e.country, e.postcode),
    )
    expect(filtered.map((h) => h.city)).toEqual(['Charleroi'])
  })
})
