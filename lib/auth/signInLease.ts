import type { Payload, RequestContext } from 'payload'

import { type Lease, releaseLease, waitForLease } from '@/lib/concurrency/lease'

/**
 * One sign-in per account at a time, on every instance. Payload's login reads the account, hashes the password
 * (~200 ms) and then writes the whole account back with the new session added: two sign-ins of one account in
 * that window each write their own copy, and the first session, with its token, is lost (and any change made
 * to the account meanwhile is undone). The guard (loginGuard.ts) takes this lease before Payload reads the
 * account; it is given back when the login ends, whichever way. Its lifetime is a backstop for a crashed holder.
 */
const contextKey = 'signInLease'
const ttlMs = 10_000

export async function holdSignIn(
  payload: Payload,
  context: RequestContext,
  collection: string,
  accountId: number | string,
): Promise<void> {
  const lease = await waitForLease(payload, `signin:${collection}:${accountId}`, { ttlMs, waitMs: ttlMs })
  // Not taken within its own lifetime: a holder is stuck; signing in matters more than the race it guards.
  if (!lease) payload.logger.warn({ msg: 'sign-in lease not taken', collection, accountId })
  else context[contextKey] = lease
}

export async function endSignIn(payload: Payload, context: RequestContext): Promise<void> {
  const lease = context[contextKey] as Lease | undefined
  if (!lease) return
  delete context[contextKey]
  await releaseLease(payload, lease)
}
