import type { CollectionSlug, Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { readSearchDocuments } from './documents'
import { SearchEngine } from './engine'
import { engineSlots, type EngineSlot } from './expiry'

/**
 * One search engine per language, in each server process, kept current with the database that all instances
 * share. An engine is used for at most SEARCH_INDEX_CHECK_MS (3 s) before a cheap version stamp of the indexed
 * collections (how many documents, the latest change) is compared; any publish, unpublish, translation, delete
 * or synonym change on any instance moves the stamp, and the engine is rebuilt. While it rebuilds, searches
 * keep using the previous engine (a rebuild of the 2,000-module bench takes seconds). Saves in this instance
 * ask for a check at once (lib/search/expiry.ts, called from lib/cache/revalidate.ts).
 */
const indexed: CollectionSlug[] = [
  'themes',
  'modules',
  'trames',
  'fiches',
  'formations',
  'parcours',
  'articles',
  'categories',
  'faq',
  'community-resources',
  'events',
  'synonyms',
]

const checkEvery = () => Number(process.env.SEARCH_INDEX_CHECK_MS) || 3_000

type Store = EngineSlot<SearchEngine>
const stores = engineSlots<SearchEngine>()

export async function searchEngine(payload: Payload, locale: Locale): Promise<SearchEngine> {
  const store = stores[locale]
  if (!store) {
    // The slot is taken before anything is awaited: the requests that arrive during the first build (seconds
    // with much content) wait for that one build instead of each starting their own.
    const slot: Store = {
      stamp: '',
      checkedAt: Date.now(),
      engine: firstBuild(payload, locale, (stamp) => (slot.stamp = stamp)),
    }
    stores[locale] = slot
    slot.engine.catch(() => stores[locale] === slot && delete stores[locale])
    return slot.engine
  }
  const expired = store.checkedAt === 0
  if (Date.now() - store.checkedAt >= checkEvery()) store.pending ??= check(payload, locale, store)
  // Saved here a moment ago: answer with what was just saved. Otherwise never wait for a rebuild.
  if (expired) await store.pending
  return store.engine
}

async function firstBuild(payload: Payload, locale: Locale, stamped: (stamp: string) => void) {
  stamped(await versionStamp(payload))
  return build(payload, locale)
}

async function check(payload: Payload, locale: Locale, store: Store): Promise<void> {
  try {
    const stamp = await versionStamp(payload)
    if (stamp !== store.stamp) {
      const engine = await build(payload, locale)
      store.engine = Promise.resolve(engine)
      store.stamp = stamp
    }
    store.checkedAt = Date.now()
  } catch (err) {
    payload.logger.error({ err, msg: 'search index not rebuilt', locale })
  } finally {
    store.pending = undefined
  }
}

async function build(payload: Payload, locale: Locale): Promise<SearchEngine> {
  const started = performance.now()
  const [docs, synonyms] = await Promise.all([readSearchDocuments(payload, locale), readSynonyms(payload, locale)])
  const engine = new SearchEngine(locale, docs, synonyms)
  payload.logger.info({ msg: 'search index built', locale, documents: engine.size, ms: performance.now() - started })
  return engine
}

export async function readSynonyms(payload: Payload, locale: Locale): Promise<string[][]> {
  const { docs } = await payload.find({
    collection: 'synonyms',
    where: { language: { equals: locale } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { words: true },
  })
  return docs.map((doc) => doc.words ?? [])
}

async function versionStamp(payload: Payload): Promise<string> {
  const latest = await Promise.all(
    indexed.map(async (collection) => {
      const { totalDocs, docs } = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: true,
      })
      return `${totalDocs}:${(docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
    }),
  )
  return latest.join('|')
}
