import type { Access } from 'payload'

import { requestIsStaff } from './isStaff'

/** Community resources are shown only once the editorial team has approved them. */
export const approvedOrStaff: Access = ({ req }) => requestIsStaff(req) || { moderationStatus: { equals: 'approved' } }
