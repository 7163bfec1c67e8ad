import type { Payload } from 'payload'

import type { SignedInMember } from '@/lib/auth/session'
import type { Accompaniment } from '@/payload-types'

/** The aidant's latest activities, newest first, read with their own rights. */
export async function recentActivities(payload: Payload, aidant: SignedInMember, limit = 20): Promise<Accompaniment[]> {
  const { docs } = await payload.find({
    collection: 'accompaniments',
    where: { aidant: { equals: aidant.id } },
    sort: ['-date', '-createdAt'],
    limit,
    depth: 0,
    select: { date: true, kind: true, themes: true, minutes: true, participantsCount: true, title: true },
    user: aidant,
    overrideAccess: false,
  })
  return docs as Accompaniment[]
}
