import 'server-only'

import type { Locale } from '@/i18n/locales'
import { areasOf, inArea } from '@/lib/geo/areas'
import { loadGazetteer } from '@/lib/geo/gazetteer'
import { searchPlaces, type PlaceCandidate } from '@/lib/geo/search'
import { getPayloadClient } from '@/lib/payload/client'
import type { MapFilters } from './filters'
import { loadStructureIndex, type MapEntry } from './index'
import { searchStructures, type MapHit, type Origin } from './search'

export type MapResults = {
  hits: MapHit[]
  origin:
    | (Origin & {
        placeId: string
        street?: string
        precision: PlaceCandidate['precision']
        /** A province, region or department searched as such: "dans la province de Hainaut". */
        area?: { code: string; type: 'province' | 'region' | 'department'; in: string }
      })
    | null
  unknownPlace: boolean
  /** Homonyms of the place typed ("Lille" in France and in Belgium), to choose from; empty when clear. */
  choices: PlaceCandidate[]
}

const MAX_CHOICES = 6

/** Runs a map search on the server (the page's list and the map's points use the same answer). */
export async function findOnMap(filters: MapFilters, now = new Date(), locale: Locale = 'fr'): Promise<MapResults> {
  const [entries, gazetteer] = await Promise.all([
    getPayloadClient().then(loadStructureIndex),
    filters.near ? loadGazetteer() : null,
  ])
  const candidates = gazetteer ? searchPlaces(gazetteer, filters.near, locale, MAX_CHOICES) : []
  const place = candidates.find((candidate) => candidate.id === filters.place) ?? candidates[0]
  // A place we can't find is said so, rather than silently ignored or answered with nothing.
  const unknownPlace = Boolean(filters.near && !place)
  const postcode = filters.near.match(/\b(\d{4,5})\b/)?.[1]
  const area = place?.within && gazetteer ? areasOf(gazetteer.data).areas.get(place.within) : undefined
  const origin = place
    ? {
        ...refine(
          {
            longitude: place.longitude,
            latitude: place.latitude,
            label: place.kind === 'area' ? place.name : [postcode, place.name].filter(Boolean).join(' '),
          },
          place.precision,
          filters.near,
          entries,
        ),
        placeId: place.id,
        ...(place.street ? { street: place.street } : {}),
        precision: place.precision,
        ...(area ? { area: { code: area.code, type: area.type, in: area.in[locale] } } : {}),
      }
    : null
  // A postcode says which place is meant; a bare name with homonyms is offered as a choice.
  const choices = !postcode && candidates.length > 1 ? candidates : []
  // An area's structures are those whose postcode is inside it (the list and the map's points alike).
  const within =
    area && gazetteer ? (entry: MapEntry) => inArea(gazetteer.data, area, entry.country, entry.postcode) : undefined
  return { hits: searchStructures(entries, filters, origin, now, within), origin, unknownPlace, choices }
}

/**
 * A Belgian postcode the gazetteer has no place for gives only its province: when structures share the
 * postcode that was typed, their position is a better centre than the province's.
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
