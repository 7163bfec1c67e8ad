import type { Access } from 'payload'

import { requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/**
 * Trames, fiches and formations are for signed-in members (published versions) and staff (drafts too).
 * The catalogue and module summaries stay public; they list these resources by title only.
 */
export const memberContent: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  return requestMember(req) ? { _status: { equals: 'published' } } : false
}
