// Next's cache handler when the app runs as several instances (next.config.mjs selects it when REDIS_URL or
// CACHE_PURGE_URL is set; without them Next keeps its own). Plain JavaScript: Next imports it at run time.
// docs/adr/0017-cache-tier-and-redis.md says why this design.
//
// 1. Entries stay where Next keeps them (memory and .next/cache on each instance): only the *expiry* of tags is
//    shared. Every revalidateTag of one instance is published on a Redis channel; every instance applies it to
//    its own tag manifest at once. So a publish on instance A expires the pages and data of instance B too,
//    without a Redis round trip on every cache read.
// 2. Tags named `purge:<path>` (lib/cache/revalidate.ts) are purged from the front caches (CACHE_PURGE_URL).
//    Next calls this after the request's work is done, that is after Payload committed the change.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { createClient } from '@redis/client'

const FileSystemCache = FileSystemCacheModule.default
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

export default class SharedTagsCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    redis()
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
        // The other instances keep this tag until their 60-second backstop (lib/cache/cachedQuery.ts).
        log('error', 'tag expiry not published', { err: String(err), tags: cacheTags })
      }
    }
    if (paths.length > 0) await purge(paths)
  }
}
