import type { Payload } from 'payload'

import { publicStructures } from '@/access/visibleStructure'

import type { Structure } from '@/payload-types'
import { slugify } from '@/lib/text/slugify'

/**
 * Everything the map's search needs about every visible structure, held in memory: with 10,000 places a
 * search is a scan of a few milliseconds, where a database query with five multi-value filters is not.
 * Structure hooks expire it in the instance that saved; every instance also compares a cheap version stamp of
 * the structures (how many, the latest change) at most every few seconds, and rebuilds when another instance
 * changed them.
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
  /** How the place is accessible (wheelchair…): the orientation wizard filters on it (lib/orientation). */
  accessibility?: string[]
  openingHours: { day: string; opens: string; closes: string }[]
}

/** How long an index is served without looking at the version stamp (MAP_INDEX_CHECK_MS). */
const checkEvery = () => Number(process.env.MAP_INDEX_CHECK_MS) || 3_000
type Store = { promise: Promise<MapEntry[]>; stamp: string; checkedAt: number }
// On globalThis: the admin's API routes and the site's pages are separate bundles in the same process,
// each with its own copy of this module; the hook must expire the copy the pages read.
const holder = globalThis as typeof globalThis & {
  __digitMapIndex?: Store
  __digitMapCheck?: Promise<MapEntry[]>
  /** Bumped by every expiry: a check that started before one keeps its result to itself. */
  __digitMapGeneration?: number
}

export function loadStructureIndex(payload: Payload): Promise<MapEntry[]> {
  const store = holder.__digitMapIndex
  if (store && Date.now() - store.checkedAt < checkEvery()) return store.promise
  // One check at a time: the requests that arrive meanwhile wait for it.
  holder.__digitMapCheck ??= refresh(payload).finally(() => (holder.__digitMapCheck = undefined))
  return holder.__digitMapCheck
}

async function refresh(payload: Payload): Promise<MapEntry[]> {
  // The stamp is read before the structures: a change in between makes the next check rebuild again.
  const generation = holder.__digitMapGeneration ?? 0
  const stamp = await versionStamp(payload)
  const store = holder.__digitMapIndex
  if (store && store.stamp === stamp) {
    store.checkedAt = Date.now()
    return store.promise
  }
  const promise = readIndex(payload)
  if (generation !== (holder.__digitMapGeneration ?? 0)) return promise
  holder.__digitMapIndex = { promise, stamp, checkedAt: Date.now() }
  promise.catch(() => (holder.__digitMapIndex = undefined))
  return promise
}

/**
 * What changes whenever a structure is created, saved or deleted, on any instance: how many there are and
 * the latest updatedAt (both answered from indexes). Whether one is public follows its saved fields.
 */
async function versionStamp(payload: Payload): Promise<string> {
  const [{ totalDocs }, { docs }] = await Promise.all([
    payload.count({ collection: 'structures', overrideAccess: true }),
    payload.find({
      collection: 'structures',
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { updatedAt: true },
      pagination: false,
      overrideAccess: true,
    }),
  ])
  return `${totalDocs}:${docs[0]?.updatedAt ?? ''}`
}

/** Forgets the index: the next search reads the structures again (collections/Structures/hooks/). */
export function expireStructureIndex(): void {
  holder.__digitMapGeneration = (holder.__digitMapGeneration ?? 0) + 1
  holder.__digitMapCheck = undefined
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
      accessibility: true,
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
    accessibility: doc.accessibility ?? [],
    openingHours: (doc.openingHours ?? []).map(({ day, opens, closes }) => ({ day, opens, closes })),
  }
}
