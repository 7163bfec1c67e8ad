import 'server-only'

import { cache } from 'react'

import { idOf } from '@/lib/payload/relations'
import type { Workshop, WorkshopParticipant } from '@/payload-types'
import { getCurrentMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import type { Learner } from '@/lib/progress/rows'
import { participantIdFromCookie } from './session'

export type CurrentLearner = Learner & { workshop: Workshop | null }

/**
 * Who is learning in this browser: the signed-in member and/or the workshop participant of the signed
 * cookie. A participant cookie left on a shared computer by someone else is ignored when another member is
 * signed in; an expired workshop's cookie no longer counts.
 */
export const getCurrentLearner = cache(async (): Promise<CurrentLearner> => {
  const [member, participantId, payload] = await Promise.all([
    getCurrentMember(),
    participantIdFromCookie(),
    getPayloadClient(),
  ])
  const none = { member, participant: null, workshop: null }
  if (!participantId) return none
  const participant: WorkshopParticipant | null = await payload.findByID({
    collection: 'workshop-participants',
    id: participantId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!participant) return none
  const owner = idOf(participant.member)
  if (member && owner !== member.id) return none
  const workshop = await payload.findByID({
    collection: 'workshops',
    id: idOf(participant.workshop)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!workshop || new Date(workshop.expiresAt) <= new Date()) return none
  // A participant who saved their progress as an account keeps learning as that member.
  const account =
    member ??
    (owner
      ? await payload.findByID({
          collection: 'members',
          id: owner,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
      : null)
  return { member: account, participant, workshop }
})
