import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member, PasswordGrant } from '@/payload-types'

/** Records that `aidant` gave `learner` a temporary password, in `structure` (collections/PasswordGrants.ts). */
export async function recordPasswordGrant(payload: Payload, aidant: Member, learner: Member, structure: number) {
  // Server write: the collection takes no writes through the API at all, so its readers cannot edit it.
  return payload.create({
    collection: 'password-grants',
    data: { learner: learner.id, givenBy: aidant.id, givenByName: aidant.name, structure },
    overrideAccess: true,
  })
}

export type PasswordGrantView = Pick<PasswordGrant, 'id' | 'createdAt' | 'givenByName'> & {
  learnerId: number
  learnerName: string
}

/**
 * The temporary passwords given in a structure, newest first, as the reader may see them: the grants are read
 * under their access rule (référents of that structure, staff), then the learners' current names are added.
 */
export async function passwordGrantsOf(
  payload: Payload,
  reader: Member,
  structure: number,
  limit = 20,
): Promise<PasswordGrantView[]> {
  const { docs } = await payload.find({
    collection: 'password-grants',
    where: { structure: { equals: structure } },
    sort: '-createdAt',
    limit,
    depth: 0,
    user: { ...reader, collection: 'members' },
    overrideAccess: false,
  })
  if (!docs.length) return []
  const ids = [...new Set(docs.map((grant) => idOf(grant.learner)).filter((id): id is number => id !== null))]
  // Names only, of learners whose grants the reader was just allowed to read.
  const learners = await payload.find({
    collection: 'members',
    where: { id: { in: ids } },
    select: { name: true },
    limit: ids.length,
    depth: 0,
    overrideAccess: true,
  })
  const names = new Map(learners.docs.map((learner) => [learner.id, learner.name]))
  return docs.map((grant) => {
    const learnerId = idOf(grant.learner) ?? 0
    return {
      id: grant.id,
      createdAt: grant.createdAt,
      givenByName: grant.givenByName,
      learnerId,
      learnerName: names.get(learnerId) ?? '',
    }
  })
}
