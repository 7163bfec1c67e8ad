// Next's cache handler (next.config.mjs), on one instance or several. Plain JavaScript: Next imports it at run
// time.
// docs/adr/0017-cache-tier-and-redis.md says why this design.
//
// 1. Entries stay where Next keeps them (memory and .next/cache on each instance): with REDIS_URL, the *expiry*
//    of tags is shared. Every revalidateTag of one instance is published on a Redis channel; every instance applies it to
//    its own tag manifest at once. So a publish on instance A expires the pages and data of instance B too,
//    without a Redis round trip on every cache read.
// 2. Tags named `purge:<path>` (lib/cache/revalidate.ts) are purged from the front caches (CACHE_PURGE_URL).
//    Next calls this after the request's work is done, that is after Payload committed the change.
// 3. A render that read the database before a change was committed and stores its result just after the
//    change expired its tag would be kept as fresh (Next compares the expiry with the time an entry was
//    *stored*): a seat count or a comment list stale until the next change or the backstop. So an entry
//    stored less than `settleMs` after its tag expired is a miss, and front caches are purged once more when
//    that window ends. Used on one instance too (next.config.mjs); Redis and purges are optional.
import { createRequire } from 'node:module'

import { createClient } from '@redis/client'

// Node's require, as Next loads these modules: the tag manifest must be the very instance Next's cache reads.
const require = createRequire(import.meta.url)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const { areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
const channel = 'digit:next-cache:expired-tags'
const purgePrefix = 'purge:'
// Messages carry their sender: an instance has applied its own expiry already.
const sender = `${process.pid}-${Math.random().toString(36).slice(2)}`

function log(level, msg, fields) {
  // The app's JSON log lines (Payload's pino) have this shape; this file runs outside Payload.
  console[level === 'error' ? 'error' : 'log'](JSON.stringify({ level, time: Date.now(), msg, ...fields }))
}

/** The Redis connections of this process, made once (Next builds a handler per request). */
function redis() {
  const url = process.env.REDIS_URL?.trim()
  if (!url) return null
  const state = (globalThis.__digitTagChannel ??= {})
  if (!state.publisher) {
    state.publisher = createClient({ url, disableOfflineQueue: true })
    state.subscriber = state.publisher.duplicate()
    for (const client of [state.publisher, state.subscriber])
      client.on('error', (err) => log('error', 'redis connection error (tag expiry)', { err: String(err) }))
    state.ready = state.publisher.connect().catch(() => {})
    state.subscriber
      .connect()
      .then(() =>
        state.subscriber.subscribe(channel, (message) => {
          try {
            const { from, tags, durations } = JSON.parse(message)
            if (from !== sender && Array.isArray(tags)) void expireLocally(tags, durations)
          } catch (err) {
            log('error', 'unreadable tag expiry message', { err: String(err) })
          }
        }),
      )
      .catch((err) => log('error', 'tag expiry channel not subscribed', { err: String(err) }))
  }
  return state
}

/** The file-system cache's own revalidateTag only updates the process-wide tag manifest: no instance needed. */
function expireLocally(tags, durations) {
  return FileSystemCache.prototype.revalidateTag.call(null, tags, durations)
}

async function purge(paths) {
  const bases = (process.env.CACHE_PURGE_URL ?? '')
    .split(',')
    .map((base) => base.trim().replace(/\/$/, ''))
    .filter(Boolean)
  await Promise.all(
    bases.flatMap((base) =>
      paths.map(async (path) => {
        try {
          // 404: that page was not in the cache. Anything else but 200 is worth a line in the log.
          const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(2000) })
          if (response.status !== 200 && response.status !== 404)
            log('error', 'front cache purge refused', { status: response.status, path })
        } catch (err) {
          log('error', 'front cache purge failed', { err: String(err), path })
        }
      }),
    ),
  )
}

/** The tags of a stored entry: a page carries them in a header, a query result in the read's context. */
function entryTags(entry, ctx) {
  const header = entry.value?.headers?.['x-next-cache-tags']
  if (typeof header === 'string') return header.split(',')
  if (entry.value?.kind === 'FETCH') return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])]
  return []
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  /** Longer than a render takes on a loaded server; reads of the tag's entries render during that window. */
  static settleMs = 10_000

  constructor(ctx) {
    super(ctx)
    redis()
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    if (!entry) return entry
    const tags = entryTags(entry, ctx)
    // Expired by Next's rule, or stored within settleMs after an expiry: possibly rendered from older data.
    return tags.length > 0 && areTagsExpired(tags, entry.lastModified - SharedTagsCacheHandler.settleMs) ? null : entry
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    const paths = list.filter((tag) => tag.startsWith(purgePrefix)).map((tag) => tag.slice(purgePrefix.length))
    const cacheTags = list.filter((tag) => !tag.startsWith(purgePrefix))
    await super.revalidateTag(cacheTags, durations)
    const shared = redis()
    if (shared && cacheTags.length > 0) {
      await shared.ready
      try {
        await shared.publisher.publish(channel, JSON.stringify({ from: sender, tags: cacheTags, durations }))
      } catch (err) {
        // The other instances keep this tag until their backstop (lib/cache/cachedQuery.ts: an hour at most).
        log('error', 'tag expiry not published', { err: String(err), tags: cacheTags })
      }
    }
    if (paths.length > 0) {
      await purge(paths)
      // A visitor's request may have stored the old page in the front cache right after this purge (item 3).
      setTimeout(() => void purge(paths), SharedTagsCacheHandler.settleMs).unref()
    }
  }
}
