import type { Access, PayloadRequest } from 'payload'

export function requestIsAdmin(req: Pick<PayloadRequest, 'user'>): boolean {
  const user = req.user
  return user?.collection === 'users' && user.role === 'admin'
}

export const isAdmin: Access = ({ req }) => requestIsAdmin(req)
