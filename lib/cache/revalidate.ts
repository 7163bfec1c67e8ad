import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { CacheTag } from './tags'

/** What Next throws when there is no Next.js server around (seed scripts, tests): no cache to expire then. */
const outsideNext = /static generation store missing/

/**
 * Expire a tag at once, so an editor sees a publication on the next page view (no stale-while-revalidate).
 * Outside a Next.js server there is nothing cached and Next throws: ignored. Any other refusal is logged, not
 * thrown: the document is saved already, only its pages stay stale until their cache ends.
 */
export function expireTag(tag: CacheTag, req: Pick<PayloadRequest, 'payload'>): void {
  try {
    revalidateTag(tag, { expire: 0 })
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
    afterChange: [({ doc, req }) => (expireTag(tag, req), doc)],
    afterDelete: [({ doc, req }) => (expireTag(tag, req), doc)],
  }
}
