import type { Payload } from 'payload'

import { notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import type { Learner } from '@/lib/progress/rows'
import { fail, ok, type Result } from '@/lib/result'

import { badgePublicId } from './publicId'

export type SetBadgeNameChoiceInput = { badge: string; show: boolean }

/**
 * The learner chooses whether the public page and the certificate of one of their badges show their first
 * name (hidden until they choose). Only the badge's holder may: anyone else is told it does not exist.
 */
export async function setBadgeNameChoice({
  payload,
  learner,
  input,
}: {
  payload: Payload
  learner: Learner
  input: SetBadgeNameChoiceInput
}): Promise<Result<{ showName: boolean }>> {
  if (!learner.member && !learner.participant) return fail(notAllowed())
  const publicId = badgePublicId(input.badge)
  if (!publicId) return fail(notFound())
  const { docs } = await payload.find({
    collection: 'badges',
    where: { publicId: { equals: publicId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const badge = docs[0]
  const holds =
    badge &&
    ((learner.member && idOf(badge.member) === learner.member.id) ||
      (learner.participant && idOf(badge.participant) === learner.participant.id))
  if (!badge || !holds) return fail(notFound())
  // A system write after the check above: a workshop participant is nobody the access layer knows, and
  // `showName` is closed to every client write (collections/Badges), staff included.
  await payload.update({
    collection: 'badges',
    id: badge.id,
    data: { showName: input.show },
    overrideAccess: true,
  })
  return ok({ showName: input.show })
}
