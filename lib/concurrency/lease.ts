import { randomUUID } from 'node:crypto'

import { ValidationError, type Payload } from 'payload'
import { isPayloadError } from '@/lib/payload/isPayloadError'

/**
 * A lease: a lock that every server instance sees, held as a row of `locks` under a unique key. Creating the
 * row is the only atomic step both database adapters (SQLite through drizzle, MongoDB) give the Local API
 * without a transaction, so taking a lease is a create that the unique index may refuse. A lease expires:
 * when its holder dies, another instance takes it over once the time is up. A holder that works longer
 * renews it.
 */
export type Lease = { id: number | string; key: string; owner: string; expiresAt: Date }

/** Whether a write was refused because a unique field already holds the value. */
export function uniqueRefusal(error: unknown, field: string): boolean {
  return isPayloadError(error, ValidationError) && error.data.errors.some((e) => e.path.split('.')[0] === field)
}

/** Takes the lease of `key` for `ttlMs`, or null when someone else holds it and it has not expired. */
export async function acquireLease(payload: Payload, key: string, ttlMs: number): Promise<Lease | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const owner = randomUUID()
    const expiresAt = new Date(Date.now() + ttlMs)
    try {
      const row = await payload.create({
        collection: 'locks',
        data: { key, owner, expiresAt: expiresAt.toISOString() },
        overrideAccess: true,
      })
      return { id: row.id, key, owner, expiresAt }
    } catch (error) {
      if (!uniqueRefusal(error, 'key')) throw error
    }
    // Held: free it only if it has expired. The delete names the expired row by id, so it cannot remove a
    // fresh lease another instance took meanwhile (that one has a new id).
    const { docs } = await payload.find({
      collection: 'locks',
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const held = docs[0]
    if (held && new Date(held.expiresAt).getTime() > Date.now()) return null
    if (held)
      await payload.delete({
        collection: 'locks',
        where: { and: [{ id: { equals: held.id } }, { expiresAt: { less_than: new Date().toISOString() } }] },
        overrideAccess: true,
      })
  }
  return null
}

/** Pushes the expiry back; false when the lease was lost (expired and taken over, or released). */
export async function renewLease(payload: Payload, lease: Lease, ttlMs: number): Promise<boolean> {
  const expiresAt = new Date(Date.now() + ttlMs)
  const { docs } = await payload.update({
    collection: 'locks',
    where: { and: [{ id: { equals: lease.id } }, { owner: { equals: lease.owner } }] },
    data: { expiresAt: expiresAt.toISOString() },
    overrideAccess: true,
  })
  if (!docs.length) return false
  lease.expiresAt = expiresAt
  return true
}

export async function releaseLease(payload: Payload, lease: Lease): Promise<void> {
  await payload.delete({
    collection: 'locks',
    where: { and: [{ id: { equals: lease.id } }, { owner: { equals: lease.owner } }] },
    overrideAccess: true,
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Takes the lease of `key`, waiting (with jittered pauses) up to `waitMs` for it; null when the wait is over.
 */
export async function waitForLease(
  payload: Payload,
  key: string,
  { ttlMs, waitMs }: { ttlMs: number; waitMs: number },
): Promise<Lease | null> {
  const deadline = Date.now() + waitMs
  let lease = await acquireLease(payload, key, ttlMs)
  for (let wait = 10; !lease; wait = Math.min(wait * 2, 200)) {
    if (Date.now() > deadline) return null
    await pause(wait / 2 + Math.random() * wait)
    lease = await acquireLease(payload, key, ttlMs)
  }
  return lease
}

/**
 * Runs `task` while holding the lease of `key`, waiting up to `waitMs` for it: the database-wide counterpart of
 * a mutex, for short read-then-write sequences. Throws when the wait is over.
 */
export async function withLease<T>(
  payload: Payload,
  key: string,
  task: () => Promise<T>,
  { ttlMs = 30_000, waitMs = 15_000 }: { ttlMs?: number; waitMs?: number } = {},
): Promise<T> {
  const lease = await waitForLease(payload, key, { ttlMs, waitMs })
  if (!lease) throw new Error(`lease not acquired in ${waitMs} ms`)
  try {
    return await task()
  } finally {
    await releaseLease(payload, lease)
  }
}
