import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { SignedInMember } from '@/lib/auth/session'

/**
 * A member's own proposals, newest first: pending, published and refused ones, with the refusal reason. Read
 * by the server for the member of the session (a member may not filter on `proposedBy` themself: the field's
 * read access needs the document), and only the fields "Mes propositions" shows.
 */
export async function proposalsOf(payload: Payload, member: SignedInMember, locale: Locale) {
  const { docs } = await payload.find({
    collection: 'community-resources',
    where: { proposedBy: { equals: member.id } },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    locale,
    overrideAccess: true,
    select: { title: true, moderationStatus: true, refusalReason: true, createdAt: true, url: true },
  })
  return docs
}
