import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { CacheTag } from './tags'

/**
 * How long a cached query may serve its result when no hook expired it: a backstop for changes made outside
 * Payload's hooks (a script writing to the database). An hour, not a minute: every page built from a query
 * takes the shortest lifetime of its queries, and a minute made every cached page re-render in the
 * background each minute under load (issue 14). Publications expire their tags at once.
 */
const backstopSeconds = 3600

/**
 * For queries whose answer moves with the clock without any write: an article becomes due at its
 * `publishedAt`, an event moves from "coming" to "past". Five minutes late at most.
 */
export const clockBound = { maxAgeSeconds: 300 }

/**
 * A query cached across requests in Next's data cache (tagged, expired by Payload hooks) and
 * deduplicated within one render by React's cache(). Arguments are part of the cache key.
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  tags: CacheTag[],
  query: (...args: Args) => Promise<Result>,
  { maxAgeSeconds = backstopSeconds }: { maxAgeSeconds?: number } = {},
): (...args: Args) => Promise<Result> {
  return cache(unstable_cache(query, [name], { tags, revalidate: maxAgeSeconds }))
}
