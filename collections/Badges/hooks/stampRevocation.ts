import type { CollectionBeforeChangeHook } from 'payload'

import type { Badge } from '@/payload-types'

/**
 * The date of a revocation is the server's, set when staff revoke; undoing a revocation (a mistake) clears it
 * and its reason, so the public page never shows a stale one.
 */
export const stampRevocation: CollectionBeforeChangeHook<Badge> = ({ data, originalDoc }) => {
  if (data.revoked && !originalDoc?.revoked) data.revokedAt = new Date().toISOString()
  if (data.revoked === false) Object.assign(data, { revokedAt: null, revocationReason: null })
  return data
}
