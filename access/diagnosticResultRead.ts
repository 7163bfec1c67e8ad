import type { Access, Where } from 'payload'

import { requestMember } from './isMember'
import { idOf } from '@/lib/payload/relations'
import { requestIsStaff } from './isStaff'

/**
 * Diagnostic results through the API: staff see all; a member sees their own; an aidant sees those of their
 * structure only when the learner agreed to share (`shared`, recorded by lib/diagnostic/attribution.ts). Consent
 * decides, not who ran it nor the learner's own structure (docs/adr/0011). The result page opens by its code.
 */
export const diagnosticResultRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (!member) return false
  const structure = member.profile === 'aidant' ? idOf(member.structure) : null
  const own: Where = { member: { equals: member.id } }
  if (!structure) return own
  return {
    or: [
      { member: { equals: member.id } },
      { and: [{ structure: { equals: structure } }, { shared: { equals: true } }] },
    ],
  }
}
