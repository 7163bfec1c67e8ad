import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { CacheTag } from './tags'

/** Backstop for changes made outside this server (scripts, another instance without a shared cache). */
const maxAgeSeconds = 60

/**
 * A query cached across requests in Next's data cache (tagged, expired by Payload hooks) and
 * deduplicated within one render by React's cache(). Arguments are part of the cache key.
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  tags: CacheTag[],
  query: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return cache(unstable_cache(query, [name], { tags, revalidate: maxAgeSeconds }))
}
