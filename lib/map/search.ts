import { distance } from '@/lib/geo/geocode'
import { slugify } from '@/lib/text/slugify'
import type { MapFilters } from './filters'
import { isOpenAt, localTime } from './hours'
import type { MapEntry } from './index'

export type Origin = { longitude: number; latitude: number; label: string }
export type MapHit = MapEntry & { distanceKm?: number }

/** Places within this distance of a "près de" search are listed, nearest first. */
export const nearRadiusKm = 25

/**
 * The structures matching the filters: every word of the name search must appear in the name or the
 * municipality; each filter group keeps places offering at least one of the ticked values. Pure: unit-tested.
 */
export function searchStructures(
  entries: MapEntry[],
  filters: MapFilters,
  origin: Origin | null,
  now: Date,
  /** A province, region or department: the structures inside it, nearest its centre first, no radius. */
  within?: (entry: MapEntry) => boolean,
): MapHit[] {
  const words = slugify(filters.q).split('-').filter(Boolean)
  const some = (selected: string[], offered: string[]) => !selected.length || selected.some((v) => offered.includes(v))
  const hits: MapHit[] = []
  const moment = localTime(now)
  // Inside an area the order is by distance from its centre, which says nothing to the reader: not shown.
  const order = new Map<MapEntry, number>()
  for (const entry of entries) {
    if (words.length && !words.every((word) => entry.nameKey.includes(word) || entry.cityKey.includes(word))) continue
    if (!some(filters.audiences, entry.audiences) || !some(filters.services, entry.services)) continue
    if (!some(filters.modes, entry.modes) || !some(filters.fees, entry.fees)) continue
    if (filters.openNow && !isOpenAt(entry.openingHours, moment)) continue
    if (!origin) {
      hits.push(entry)
      continue
    }
    const km = distance(origin.longitude, origin.latitude, entry.longitude, entry.latitude)
    if (within) {
      if (!within(entry)) continue
      order.set(entry, km)
      hits.push(entry)
    } else if (km <= nearRadiusKm) hits.push({ ...entry, distanceKm: km })
  }
  if (within) return hits.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  return origin ? hits.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0)) : hits
}

/**
 * The map's data: id, longitude and latitude of each point as integers (1e-4 degree, about 10 m), in one
 * flat array. 10,000 places weigh about 60 KB gzipped; names and details are fetched when a popup opens.
 */
export function compactPoints(hits: MapEntry[]): number[] {
  const points: number[] = []
  for (const hit of hits) points.push(hit.id, Math.round(hit.longitude * 1e4), Math.round(hit.latitude * 1e4))
  return points
}
