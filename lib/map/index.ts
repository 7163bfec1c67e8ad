import type { Payload } from 'payload'

import { publicStructures } from '@/access/visibleStructure'

import type { Structure } from '@/payload-types'
import { slugify } from '@/lib/text/slugify'

/**
 * Everything the map's search needs about every visible structure, held in memory: with 10,000 places a
 * search is a scan of a few milliseconds, where a database query with five multi-value filters is not.
 * Structure hooks expire it; a time limit covers other server instances writing to the same database.
 */
export type MapEntry = {
  id: number
  slug: string
  name: string
  nameKey: string
  cityKey: string
  postcode: string
  city: string
  country: 'BE' | 'FR'
  longitude: number
  latitude: number
  audiences: string[]
  services: string[]
  modes: string[]
  fees: string[]
  openingHours: { day: string; opens: string; closes: string }[]
}

const maxAge = 10 * 60 * 1000
type Store = { promise: Promise<MapEntry[]>; loadedAt: number }
// On globalThis: the admin's API routes and the site's pages are separate bundles in the same process,
// each with its own copy of this module; the hook must expire the copy the pages read.
const holder = globalThis as typeof globalThis & { __digitMapIndex?: Store }

export function loadStructureIndex(payload: Payload): Promise<MapEntry[]> {
  const store = holder.__digitMapIndex
  if (store && Date.now() - store.loadedAt < maxAge) return store.promise
  const promise = readIndex(payload)
  holder.__digitMapIndex = { promise, loadedAt: Date.now() }
  promise.catch(() => (holder.__digitMapIndex = undefined))
  return promise
}

/** Forgets the index: the next search reads the structures again (collections/Structures/hooks/). */
export function expireStructureIndex(): void {
  holder.__digitMapIndex = undefined
}

async function readIndex(payload: Payload): Promise<MapEntry[]> {
  const { docs } = await payload.find({
    collection: 'structures',
    where: publicStructures,
    pagination: false,
    depth: 0,
    sort: 'name',
    overrideAccess: true,
    select: {
      slug: true,
      name: true,
      postcode: true,
      city: true,
      country: true,
      latitude: true,
      longitude: true,
      audiences: true,
      specificSupport: true,
      services: true,
      accompanimentModes: true,
      fees: true,
      openingHours: true,
    },
  })
  return docs.flatMap((doc) =>
    typeof doc.latitude === 'number' && typeof doc.longitude === 'number' ? [toEntry(doc)] : [],
  )
}

function toEntry(doc: Partial<Structure> & Pick<Structure, 'id'>): MapEntry {
  return {
    id: doc.id,
    slug: doc.slug ?? '',
    name: doc.name ?? '',
    nameKey: slugify(doc.name ?? ''),
    cityKey: slugify(doc.city ?? ''),
    postcode: doc.postcode ?? '',
    city: doc.city ?? '',
    country: doc.country ?? 'BE',
    longitude: doc.longitude as number,
    latitude: doc.latitude as number,
    audiences: [...(doc.audiences ?? []), ...(doc.specificSupport ?? [])],
    services: doc.services ?? [],
    modes: doc.accompanimentModes ?? [],
    fees: doc.fees ?? [],
    openingHours: (doc.openingHours ?? []).map(({ day, opens, closes }) => ({ day, opens, closes })),
  }
}
