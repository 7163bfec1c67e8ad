import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { expireSearchIndex } from '@/lib/search/expiry'

import { purgePaths } from './purgePaths'
import type { CacheTag } from './tags'

/** What Next throws when there is no Next.js server around (seed scripts, tests): no cache to expire then. */
const outsideNext = /static generation store missing/

/**
 * The prefix of the tags that name a public path to purge from the front cache. They go through Next's
 * revalidateTag like any tag, so our cache handler (lib/cache/nextCacheHandler.mjs) receives them when Next
 * runs the request's pending revalidations: after Payload committed the change, not from inside its
 * transaction, where nginx could fetch and store the old page again right after the purge.
 */
export const purgeTagPrefix = 'purge:'

/** CACHE_PURGE_URL: one or more (comma-separated) purge endpoints of the front caches in front of us. */
export const frontCachePurging = () => Boolean(process.env.CACHE_PURGE_URL?.trim())

type Slugged = { slug?: unknown } | null | undefined

/**
 * Expire a tag at once, so an editor sees a publication on the next page view (no stale-while-revalidate),
 * and, with CACHE_PURGE_URL, the public pages that show the document in the front cache.
 * Outside a Next.js server there is nothing cached and Next throws: ignored. Any other refusal is logged, not
 * thrown: the document is saved already, only its pages stay stale until their cache ends.
 */
export function expireTag(
  tag: CacheTag,
  req: Pick<PayloadRequest, 'payload'>,
  doc?: Slugged,
  previousDoc?: Slugged,
): void {
  const paths = frontCachePurging() ? purgePaths(tag, doc, previousDoc) : []
  expireSearchIndex()
  try {
    revalidateTag(tag, { expire: 0 })
    for (const path of paths) revalidateTag(`${purgeTagPrefix}${path}`, { expire: 0 })
  } catch (err) {
    if (err instanceof Error && outsideNext.test(err.message)) return
    req.payload.logger.error({ err, msg: 'cache tag not expired', tag })
  }
}

/**
 * The same two hooks for every collection whose documents appear on cached public pages. A factory kept in
 * lib/ rather than in each collection's hooks/ folder: it knows nothing of any one collection (docs/architecture.md).
 */
export function revalidateHooks(tag: CacheTag): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    afterChange: [({ doc, previousDoc, req }) => (expireTag(tag, req, doc, previousDoc), doc)],
    afterDelete: [({ doc, req }) => (expireTag(tag, req, doc), doc)],
  }
}
