import 'server-only'

import { getPayloadClient } from '@/lib/payload/client'
import { locatePlace } from '@/lib/geo/geocode'
import type { MapFilters } from './filters'
import { loadStructureIndex, type MapEntry } from './index'
import { searchStructures, type MapHit, type Origin } from './search'

export type MapResults = { hits: MapHit[]; origin: Origin | null; unknownPlace: boolean }

/** Runs a map search on the server (the page's list and the map's points use the same answer). */
export async function findOnMap(filters: MapFilters, now = new Date()): Promise<MapResults> {
  const [entries, place] = await Promise.all([
    getPayloadClient().then(loadStructureIndex),
    filters.near ? locatePlace(filters.near) : null,
  ])
  // A place we can't find is said so, rather than silently ignored or answered with nothing.
  const unknownPlace = Boolean(filters.near && !place)
  const origin = place
    ? refine(
        { longitude: place.longitude, latitude: place.latitude, label: place.label },
        place.precision,
        filters.near,
        entries,
      )
    : null
  return { hits: searchStructures(entries, filters, origin, now), origin, unknownPlace }
}

/**
 * The lookup has no Belgian postcodes, only their province: when structures share the postcode that was
 * typed, their position is a better centre than the province's.
 */
function refine(origin: Origin, precision: string, near: string, entries: MapEntry[]): Origin {
  const postcode = near.match(/\b(\d{4,5})\b/)?.[1]
  if (precision !== 'area' || !postcode) return origin
  const same = entries.filter((entry) => entry.postcode === postcode)
  if (!same.length) return origin
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
  return {
    longitude: mean(same.map((e) => e.longitude)),
    latitude: mean(same.map((e) => e.latitude)),
    label: `${postcode} ${same[0]!.city}`,
  }
}
