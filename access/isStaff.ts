import type { Access, PayloadRequest } from 'payload'

/** Staff = a signed-in account of the `users` collection (admin or editor). Members never are. */
export function requestIsStaff(req: Pick<PayloadRequest, 'user'>): boolean {
  return req.user?.collection === 'users'
}

export const isStaff: Access = ({ req }) => requestIsStaff(req)
