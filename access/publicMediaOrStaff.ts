import type { Access } from 'payload'

import { requestIsStaff } from '@/access/isStaff'

/**
 * Media: public, except the file of a resource proposal an editor has not approved (yet): staff only, so the
 * platform never serves a file nobody has looked at (docs/adr/0030). Older rows have no flag (null).
 */
export const publicMediaOrStaff: Access = ({ req }) =>
  requestIsStaff(req) || { or: [{ awaitingReview: { equals: false } }, { awaitingReview: { exists: false } }] }
