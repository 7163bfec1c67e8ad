import type { Payload } from 'payload'

import { idOf } from '../../access/isMember'

export type MemberClaims = {
  id: number
  name: string
  profile: 'aidant' | 'apprenant'
  structure: number | null
  structureRole: 'referent' | 'member' | null
}

/** What the session says about a member; null once the account is gone (the session then ends). */
export async function memberClaims(payload: Payload, id: number): Promise<MemberClaims | null> {
  const member = await payload.findByID({
    collection: 'members',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!member) return null
  return {
    id: member.id,
    name: member.name,
    profile: member.profile,
    structure: idOf(member.structure),
    structureRole: member.structureRole ?? null,
  }
}
