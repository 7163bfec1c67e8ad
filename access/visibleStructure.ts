import type { Access, Where } from 'payload'

import { requestMember } from './isMember'
import { idOf } from '@/lib/payload/relations'
import { requestIsStaff } from './isStaff'

/**
 * Structures with at least one active member are public (the map shows them), and so are the places staff
 * listed or imported from open data (`alwaysListed`). The map's index and the open-data export read with
 * this same condition.
 */
export const publicStructures: Where = {
  or: [{ activeMemberCount: { greater_than: 0 } }, { alwaysListed: { equals: true } }],
}

/** The public structures; a member also reads their own, even while it is hidden; staff read all of them. */
export const visibleStructure: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const own = idOf(requestMember(req)?.structure)
  return own ? { or: [publicStructures, { id: { equals: own } }] } : publicStructures
}
