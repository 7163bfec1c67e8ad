import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'

export type MemberClaims = {
  id: number
  name: string
  profile: 'aidant' | 'apprenant'
  structure: number | null
  structureRole: 'referent' | 'member' | null
}

/** What the session says about a member, and the account's session version; null once the account is gone. */
export async function memberClaims(
  payload: Payload,
  id: number,
): Promise<{ claims: MemberClaims; sessionVersion: number } | null> {
  const member = await payload.findByID({
    collection: 'members',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    // sessionVersion is hidden from every API answer; the session check needs it.
    showHiddenFields: true,
  })
  if (!member) return null
  return {
    claims: {
      id: member.id,
      name: member.name,
      profile: member.profile,
      structure: idOf(member.structure),
      structureRole: member.structureRole ?? null,
    },
    sessionVersion: member.sessionVersion ?? 0,
  }
}

/**
 * next-auth's jwt callback, each time a session is read: fresh claims, or null to end the session. A session
 * carries the account's session version from sign-in; a password reset, a password change or a temporary
 * password bumps it (collections/Members/hooks/protectCredentials.ts), so every session opened before ends at
 * once, and a deleted account has no claims at all. A token from before versions existed has none and ends too.
 */
export async function refreshSession(
  payload: Payload,
  { id, signingIn, tokenVersion }: { id: unknown; signingIn: boolean; tokenVersion: unknown },
): Promise<{ claims: MemberClaims; sessionVersion: number } | null> {
  const memberId = Number(id)
  if (!Number.isInteger(memberId)) return null
  const current = await memberClaims(payload, memberId)
  if (!current) return null
  if (!signingIn && tokenVersion !== current.sessionVersion) return null
  return current
}
