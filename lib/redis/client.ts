import { createClient, type RedisClientType } from '@redis/client'

/**
 * One Redis connection per process, opened on first use, when `REDIS_URL` is set (several instances share
 * their rate-limit counters through it; docs/adr/0017). Null without REDIS_URL: callers keep their state in
 * memory, as one instance may.
 */
let client: RedisClientType | null = null

export function redisUrl(): string | null {
  const url = process.env.REDIS_URL?.trim()
  return url ? url : null
}

export function sharedRedis(): RedisClientType | null {
  const url = redisUrl()
  if (!url) return null
  if (!client) {
    // No offline queue: while Redis is unreachable a command fails at once (callers fall back) instead of
    // waiting for a reconnection that may never come. node-redis reconnects by itself.
    client = createClient({ url, disableOfflineQueue: true })
    // The 'error' listener keeps a dropped connection from crashing the process; whoever needed Redis logs
    // or falls back where it failed.
    client.on('error', () => {})
    // Unref'd: an open connection must not keep a script (migrate, seed) running after its work is done.
    client
      .connect()
      .then(() => client?.unref())
      .catch(() => {})
  }
  return client
}
