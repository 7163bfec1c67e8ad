import type { Access } from 'payload'

import { requestIsStaff } from './isStaff'

/** Drafts stay with the editorial team; everyone else reads published versions only. */
export const publishedOrStaff: Access = ({ req }) => requestIsStaff(req) || { _status: { equals: 'published' } }
