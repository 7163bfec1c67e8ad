import type { FieldAccess } from 'payload'

import { requestMember } from '@/access/isMember'
import { requestIsStaff } from '@/access/isStaff'
import { idOf } from '@/lib/payload/relations'

/** Who proposed a resource and why it was refused: read by staff and by the contributor themself. */
export const staffOrProposerField: FieldAccess = ({ req, doc }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  return member !== null && idOf(doc?.proposedBy) === member.id
}
