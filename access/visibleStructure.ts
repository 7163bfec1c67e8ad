import type { Access, Where } from 'payload'

import { idOf, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/**
 * Structures with at least one active member are public (the map shows them), and so are the places staff
 * listed or imported from open data (`alwaysListed`). A member also reads their
 * own structure, even while it is still hidden; staff read all of them.
 */
export const visibleStructure: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const visible: Where = { or: [{ activeMemberCount: { greater_than: 0 } }, { alwaysListed: { equals: true } }] }
  const own = idOf(requestMember(req)?.structure)
  return own ? { or: [visible, { id: { equals: own } }] } : visible
}
