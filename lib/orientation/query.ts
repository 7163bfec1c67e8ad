import 'server-only'

import { publicStructures } from '@/access/visibleStructure'
import { locatePlace } from '@/lib/geo/geocode'
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
export async function findOrientation(criteria: Criteria): Promise<OrientationAnswer> {
  if (!criteria.near) return { status: 'noPlace' }
  const payload = await getPayloadClient()
  const [entries, place] = await Promise.all([loadStructureIndex(payload), locatePlace(criteria.near)])
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
  const places = hits.flatMap((hit) => {
    const doc = details.get(hit.id)
    return doc
      ? [
          {
            ...hit,
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
