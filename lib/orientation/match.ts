import { distance } from '@/lib/geo/geocode'
import type { MapEntry } from '@/lib/map/index'
import { nearRadiusKm } from '@/lib/map/search'
import { openWhenAvailable } from './availability'
import type { Criteria } from './criteria'

export type Point = { longitude: number; latitude: number }
export type OrientationHit = MapEntry & { distanceKm: number }
/** Which of the person's wishes had to be dropped to find somewhere, in the order they are dropped. */
export type Relaxed = 'time' | 'access' | 'need' | 'distance'

export type Orientation = { hits: OrientationHit[]; relaxed: Relaxed[] }

/** How many places the wizard lists. */
export const listedPlaces = 5

/**
 * The nearest structures that offer one of the needed kinds of help, have every chosen accessibility feature
 * and are open when the person is free, within the map's "near" radius. When none does, the wishes are
 * dropped one at a time, the least essential first (the time, then accessibility, then the kind of help); then
 * the distance limit goes and the same again further away. The answer says which were dropped: the person always leaves with somewhere to go.
 * Pure: unit-tested.
 */
export function orient(entries: MapEntry[], criteria: Criteria, origin: Point): Orientation {
  const near = entries
    .map((entry) => ({
      ...entry,
      distanceKm: distance(origin.longitude, origin.latitude, entry.longitude, entry.latitude),
    }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
  // Within the radius first, dropping wishes one by one; then the nearest beyond it, with every wish again.
  const wishes: Relaxed[] = ['time', 'access', 'need']
  const attempts = [false, true].flatMap((wider) =>
    wishes
      .map((_, n) => [...(wider ? ['distance' as const] : []), ...wishes.slice(0, n)])
      .concat([[...(wider ? ['distance' as const] : []), ...wishes]]),
  )
  for (const relaxed of attempts) {
    const keep = (hit: OrientationHit) =>
      (relaxed.includes('distance') || hit.distanceKm <= nearRadiusKm) &&
      (relaxed.includes('need') || !criteria.needs.length || criteria.needs.some((n) => hit.services.includes(n))) &&
      (relaxed.includes('access') || criteria.access.every((a) => hit.accessibility?.includes(a))) &&
      (relaxed.includes('time') || openWhenAvailable(hit.openingHours, criteria.days, criteria.times))
    const hits = near.filter(keep).slice(0, listedPlaces)
    // A wish the person did not express is not reported as dropped.
    if (hits.length) return { hits, relaxed: relaxed.filter((step) => expressed(step, criteria)) }
  }
  return { hits: [], relaxed: [] }
}

function expressed(step: Relaxed, criteria: Criteria): boolean {
  if (step === 'time') return criteria.days.length > 0 || criteria.times.length > 0
  if (step === 'access') return criteria.access.length > 0
  if (step === 'need') return criteria.needs.length > 0
  return true
}

/** The structures for the sheet: the ones picked (in their order, if still listed), else the nearest three. */
export function sheetPlaces<T extends OrientationHit>(hits: T[], picked: number[]): T[] {
  const chosen = picked.flatMap((id) => hits.filter((hit) => hit.id === id))
  return (chosen.length ? chosen : hits).slice(0, 3)
}
