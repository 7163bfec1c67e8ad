import type { Access } from 'payload'

import { requestMember } from './isMember'
import { idOf } from '@/lib/payload/relations'
import { requestIsStaff } from './isStaff'

/** Staff, or an aidant who belongs to a structure: workshops and accompaniments are a structure's work. */
export const aidantWithStructure: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  return member?.profile === 'aidant' && idOf(member.structure) !== null
}
