import type { Access } from 'payload'

import { requestIsAdmin } from './isAdmin'

/** Admins manage every staff account; an editor may only read or update their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (requestIsAdmin(req)) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
