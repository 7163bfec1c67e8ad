import type { Access, Where } from 'payload'

import { idOf, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/**
 * Diagnostic results through the API: staff see all; a member sees their own, and an aidant those they ran
 * and those of their structure. (The result page itself opens by its code, like a ticket.)
 */
export const diagnosticResultRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (!member) return false
  const own: Where[] = [{ member: { equals: member.id } }, { aidant: { equals: member.id } }]
  const structure = member.profile === 'aidant' ? idOf(member.structure) : null
  return { or: structure ? [...own, { structure: { equals: structure } }] : own }
}
