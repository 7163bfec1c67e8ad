import type { Payload, Where } from 'payload'

import type { Member } from '@/payload-types'

import { normalizeEmail, normalizeUsername } from './validation'

/** The member who signs in with this e-mail address or username (as typed on the sign-in form), if any. */
export async function memberByLogin(payload: Payload, identifier: string): Promise<Member | null> {
  const login: Where = identifier.includes('@')
    ? { email: { equals: normalizeEmail(identifier) } }
    : { username: { equals: normalizeUsername(identifier) } }
  // Read as the system, once the sign-in has succeeded: the session is not readable in this same request yet.
  const { docs } = await payload.find({ collection: 'members', where: login, limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? null
}
