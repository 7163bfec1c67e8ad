import type { Access } from 'payload'

import { requestMember } from '@/access/isMember'
import { requestIsStaff } from '@/access/isStaff'

/** Reports: a reporter reads their own; staff read all. */
export const reporterOrStaff: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  return member ? { reporter: { equals: member.id } } : false
}
