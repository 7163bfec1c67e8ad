import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { CacheTag } from './tags'

/**
 * Expire a tag at once, so an editor sees a publication on the next page view (no stale-while-revalidate).
 * Outside a Next.js server (seed scripts, tests) there is no cache to expire and Next throws: ignore it.
 */
export function expireTag(tag: CacheTag): void {
  try {
    revalidateTag(tag, { expire: 0 })
  } catch {
    // not running inside Next.js: nothing is cached
  }
}

export function revalidateHooks(tag: CacheTag): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    afterChange: [({ doc }) => (expireTag(tag), doc)],
    afterDelete: [({ doc }) => (expireTag(tag), doc)],
  }
}
