import { describe, expect, it } from 'vitest'

import type { MapEntry } from '@/lib/map/index'
import { openWhenAvailable } from '@/lib/orientation/availability'
import { criteriaQuery, parseCriteria, type Criteria } from '@/lib/orientation/criteria'
import { formatKm, hoursByDay } from '@/lib/orientation/format'
import { frameAround } from '@/lib/orientation/frame'
import { orient, sheetPlaces } from '@/lib/orientation/match'
import { servicesForPriorities } from '@/lib/orientation/needs'

const entry = (id: number, over: Partial<MapEntry>): MapEntry => ({
  id,
  slug: `s${id}`,
  name: `Lieu ${id}`,
  nameKey: `lieu-${id}`,
  cityKey: 'namur',
  postcode: '5000',
  city: 'Namur',
  country: 'BE',
  longitude: 4.8675,
  latitude: 50.4669,
  audiences: [],
  services: ['outils-quotidien'],
  modes: [],
  fees: [],
  accessibility: [],
  openingHours: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
  ...over,
})

const criteria = (over: Partial<Criteria> = {}): Criteria => ({
  needs: [],
  near: 'Namur',
  days: [],
  times: [],
  access: [],
  picked: [],
  ...over,
})

const namur = { longitude: 4.8675, latitude: 50.4669 }

describe('servicesForPriorities', () => {
  it('maps the diagnostic priorities to kinds of help, each once, in priority order', () => {
    expect(servicesForPriorities(['admin', 'email'])).toEqual(['demarches', 'outils-quotidien'])
    expect(servicesForPriorities(['device', 'browser', 'safety'])).toEqual([
      'outils-quotidien',
      'comprendre',
      'securite',
    ])
    expect(servicesForPriorities([])).toEqual([])
  })
})

describe('parseCriteria / criteriaQuery', () => {
  it('keeps known values only and round-trips through the URL', () => {
    const parsed = parseCriteria({
      need: ['demarches', 'nope'],
      near: '  Rue de Fer 25,   Namur ',
      day: 'mon,sat,xyz',
      time: ['evening', 'night'],
      access: 'fauteuil',
      s: ['12', '12', 'abc', '-3', '7'],
    })
    expect(parsed).toEqual({
      needs: ['demarches'],
      near: 'Rue de Fer 25, Namur',
      days: ['mon', 'sat'],
      times: ['evening'],
      access: ['fauteuil'],
      picked: [12, 7],
    })
    expect(parseCriteria(criteriaQuery(parsed))).toEqual(parsed)
    expect(criteriaQuery(criteria({ near: '' }))).toEqual({})
  })
})

describe('openWhenAvailable', () => {
  const hours = [
    { day: 'mon', opens: '09:00', closes: '12:00' },
    { day: 'wed', opens: '13:30', closes: '17:00' },
    { day: 'thu', opens: '16:45', closes: '19:00' },
  ]
  it('matches a chosen day and part of the day with at least half an hour of opening', () => {
    expect(openWhenAvailable(hours, ['mon'], ['morning'])).toBe(true)
    expect(openWhenAvailable(hours, ['mon'], ['afternoon'])).toBe(false)
    expect(openWhenAvailable(hours, ['wed'], ['afternoon'])).toBe(true)
    expect(openWhenAvailable(hours, ['thu'], ['afternoon'])).toBe(false) // 15 minutes before 17:00
    expect(openWhenAvailable(hours, ['thu'], ['evening'])).toBe(true)
  })
  it('treats no day as any day and no time as any time', () => {
    expect(openWhenAvailable(hours, [], ['evening'])).toBe(true)
    expect(openWhenAvailable(hours, ['tue'], [])).toBe(false)
    expect(openWhenAvailable(hours, [], [])).toBe(true)
    expect(openWhenAvailable([], [], [])).toBe(true)
    expect(openWhenAvailable([], ['mon'], [])).toBe(false)
  })
})

describe('orient', () => {
  const near = entry(1, { longitude: 4.87, latitude: 50.47 })
  const far = entry(2, { longitude: 4.9, latitude: 50.5, services: ['demarches'], accessibility: ['fauteuil'] })
  const faraway = entry(3, { longitude: 4.35, latitude: 50.85, services: ['securite'] }) // Brussels, ~55 km

  it('lists the matching places nearest first, within the map radius', () => {
    const { hits, relaxed } = orient([far, faraway, near], criteria(), namur)
    expect(hits.map((h) => h.id)).toEqual([1, 2])
    expect(hits[0]!.distanceKm).toBeLessThan(hits[1]!.distanceKm)
    expect(relaxed).toEqual([])
  })

  it('filters on the need and on every accessibility feature asked', () => {
    expect(orient([near, far], criteria({ needs: ['demarches'] }), namur).hits.map((h) => h.id)).toEqual([2])
    expect(orient([near, far], criteria({ access: ['fauteuil'] }), namur).hits.map((h) => h.id)).toEqual([2])
  })

  it('drops the time first when nothing is open then, and says so', () => {
    const result = orient([near, far], criteria({ days: ['sat'], needs: ['demarches'] }), namur)
    expect(result.hits.map((h) => h.id)).toEqual([2])
    expect(result.relaxed).toEqual(['time'])
  })

  it('then accessibility, then the need, then the distance, reporting only the wishes expressed', () => {
    expect(orient([near], criteria({ access: ['boucle-magnetique'] }), namur).relaxed).toEqual(['access'])
    expect(orient([near], criteria({ needs: ['securite'] }), namur).relaxed).toEqual(['need'])
    const wide = orient([faraway], criteria({ needs: ['securite'] }), namur)
    expect(wide.hits.map((h) => h.id)).toEqual([3])
    expect(wide.relaxed).toEqual(['distance'])
    expect(orient([], criteria(), namur)).toEqual({ hits: [], relaxed: [] })
  })

  it('lists at most five places', () => {
    const many = Array.from({ length: 8 }, (_, i) => entry(i + 1, { longitude: 4.87 + i / 1000 }))
    expect(orient(many, criteria(), namur).hits).toHaveLength(5)
  })
})

describe('sheetPlaces', () => {
  const hits = [1, 2, 3, 4].map((id) => ({ ...entry(id, {}), distanceKm: id }))
  it('keeps the picked places in their order, else the nearest three', () => {
    expect(sheetPlaces(hits, [4, 2]).map((h) => h.id)).toEqual([4, 2])
    expect(sheetPlaces(hits, []).map((h) => h.id)).toEqual([1, 2, 3])
    expect(sheetPlaces(hits, [99]).map((h) => h.id)).toEqual([1, 2, 3])
  })
})

describe('format', () => {
  it('writes distances with the locale decimal comma', () => {
    expect(formatKm(0.34, 'fr')).toBe('0,3 km')
    expect(formatKm(2, 'nl')).toBe('2,0 km')
    expect(formatKm(12.6, 'fr')).toBe('13 km')
  })
  it('groups opening hours by day, weekdays in order', () => {
    expect(
      hoursByDay([
        { day: 'wed', opens: '13:30', closes: '17:00' },
        { day: 'mon', opens: '13:00', closes: '16:00' },
        { day: 'mon', opens: '09:00', closes: '12:00' },
      ]),
    ).toEqual([
      ['mon', '09:00–12:00, 13:00–16:00'],
      ['wed', '13:30–17:00'],
    ])
  })
})

describe('frameAround', () => {
  it('centres on the points with a margin, and never zooms closer than about 10 km', () => {
    const frame = frameAround([namur, { longitude: 5.0675, latitude: 50.4669 }], 2)
    expect(frame.longitude).toBeCloseTo(4.9675)
    expect(frame.latitude).toBeCloseTo(50.4669)
    expect(frame.spanLon).toBeCloseTo(0.28)
    expect(frameAround([namur], 2).spanLon).toBe(0.14)
  })
  it('widens for points far apart north to south', () => {
    const frame = frameAround([namur, { longitude: 4.8675, latitude: 50.5669 }], 2)
    expect(frame.spanLon).toBeGreaterThan(0.4)
  })
})
