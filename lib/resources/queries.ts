import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { SignedInMember } from '@/lib/auth/session'

/**
 * A member's own proposals, newest first, read as the member: the access rules let them see their pending and
 * refused ones, and the refusal reason (collections/CommunityResources.ts).
 */
export async function proposalsOf(payload: Payload, member: SignedInMember, locale: Locale) {
  const { docs } = await payload.find({
    collection: 'community-resources',
    where: { proposedBy: { equals: member.id } },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    locale,
    overrideAccess: false,
    user: member,
    select: { title: true, moderationStatus: true, refusalReason: true, createdAt: true, url: true },
  })
  return docs
}
