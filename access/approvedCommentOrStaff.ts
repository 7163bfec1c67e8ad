import type { Access } from 'payload'

import { requestIsStaff } from './isStaff'

/** Comments wait for moderation: the public reads approved ones only. */
export const approvedCommentOrStaff: Access = ({ req }) => requestIsStaff(req) || { status: { equals: 'approved' } }
