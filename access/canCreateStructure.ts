import type { Access } from 'payload'

import { requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/** Staff, or an aidant who belongs to no structure yet (they become its référent). */
export const canCreateStructure: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  return member?.profile === 'aidant' && !member.structure
}
