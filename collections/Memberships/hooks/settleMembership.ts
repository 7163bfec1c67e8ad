import type { CollectionBeforeChangeHook } from 'payload'

import { requestMember } from '@/access/isMember'
import { invitationDays, invitationTokenContext } from '@/lib/structures/invitations'
import type { Membership } from '@/payload-types'

/**
 * What the server decides about a membership, whoever writes it (docs/adr/0011). Client values of these
 * fields were already dropped by their field access; here the server fills them in:
 * - a member's request is their own, with their profile;
 * - an invitation made by a member carries them as `invitedBy`, no member yet (set on acceptance), the
 *   token hash from the server context and an expiry 14 days ahead;
 * - deciding (leaving `pending`) stamps `decidedAt`.
 */
export const settleMembership: CollectionBeforeChangeHook<Membership> = ({ data, req, operation, originalDoc }) => {
  if (operation === 'update') {
    const decided = originalDoc?.status === 'pending' && data.status && data.status !== 'pending'
    return decided ? { ...data, decidedAt: new Date().toISOString() } : data
  }
  const member = requestMember(req)
  if (member && data.kind === 'request') {
    data.member = member.id
    data.profile = member.profile
  }
  if (data.kind === 'invitation') {
    if (member) {
      data.member = null
      data.invitedBy = member.id
    }
    const hash = req.context?.[invitationTokenContext]
    if (typeof hash === 'string') data.tokenHash = hash
    if (!data.expiresAt) data.expiresAt = new Date(Date.now() + invitationDays * 86_400_000).toISOString()
  }
  return data
}
