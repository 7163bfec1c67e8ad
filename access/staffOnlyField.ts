import type { FieldAccess } from 'payload'

import { requestIsStaff } from './isStaff'

/** Fields that only staff (in /admin) or our own server code (overrideAccess) may write. */
export const staffOnlyField: FieldAccess = ({ req }) => requestIsStaff(req)
