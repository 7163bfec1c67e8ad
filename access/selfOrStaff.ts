import type { Access } from 'payload'

import { requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/** Members: staff see every account; a member reads and updates only their own; nobody else reads any. */
export const selfOrStaff: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  return member ? { id: { equals: member.id } } : false
}
