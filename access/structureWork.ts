import type { Access } from 'payload'

import { requestMember } from './isMember'
import { idOf } from '@/lib/payload/relations'
import { requestIsStaff } from './isStaff'

/**
 * Workshops and accompaniments: staff see all; an aidant sees those of their structure (colleagues run
 * workshops together) and their own; apprenants and visitors see none.
 */
export const structureWorkRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (member?.profile !== 'aidant') return false
  const structure = idOf(member.structure)
  const own = { aidant: { equals: member.id } }
  return structure ? { or: [own, { structure: { equals: structure } }] } : own
}
