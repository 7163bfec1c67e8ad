import 'server-only'

import { publicStructures } from '@/access/visibleStructure'
import { locatePlace } from '@/lib/geo/geocode'
import { loadGazetteer } from '@/lib/geo/gazetteer'
import { localizedCityName } from '@/lib/geo/search'
import type { Locale } from '@/i18n/locales'
import { loadStructureIndex } from '@/lib/map/index'
import { getPayloadClient } from '@/lib/payload/client'
import type { Structure } from '@/payload-types'
import type { Criteria } from './criteria'
import { orient, type OrientationHit, type Relaxed } from './match'

export type OrientationPlace = OrientationHit &
  Pick<Structure, 'address' | 'addressComplement' | 'phone' | 'email' | 'website'>

export type OrientationAnswer =
  | { status: 'noPlace' }
  | { status: 'unknownPlace' }
  | {
      status: 'found'
      origin: { longitude: number; latitude: number; label: string }
      places: OrientationPlace[]
      relaxed: Relaxed[]
    }

/**
 * Answers the wizard: where the person is (the map's offline place search), then the nearest matching
 * structures from the map's in-memory index, completed with the contact details only those few need.
 */
export async function findOrientation(criteria: Criteria, locale: Locale): Promise<OrientationAnswer> {
  if (!criteria.near) return { status: 'noPlace' }
  const payload = await getPayloadClient()
  const [entries, place] = await Promise.all([loadStructureIndex(payload), locatePlace(criteria.near, locale)])
  if (!place) return { status: 'unknownPlace' }
  const { hits, relaxed } = orient(entries, criteria, place)
  const { docs } = hits.length
    ? await payload.find({
        collection: 'structures',
        where: { and: [publicStructures, { id: { in: hits.map((hit) => hit.id) } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { address: true, addressComplement: true, phone: true, email: true, website: true },
      })
    : { docs: [] }
  const details = new Map(docs.map((doc) => [doc.id, doc]))
  const gazetteer = await loadGazetteer()
  const places = hits.flatMap((hit) => {
    const doc = details.get(hit.id)
    return doc
      ? [
          {
            ...hit,
            // "9000 Gent" on a Dutch sheet, "1000 Bruxelles" on a French one.
            city: localizedCityName(gazetteer, hit.postcode, hit.city, locale),
            address: doc.address ?? '',
            addressComplement: doc.addressComplement ?? null,
            phone: doc.phone ?? null,
            email: doc.email ?? null,
            website: doc.website ?? null,
          },
        ]
      : []
  })
  return {
    status: 'found',
    origin: { longitude: place.longitude, latitude: place.latitude, label: place.label },
    places,
    relaxed,
  }
}
