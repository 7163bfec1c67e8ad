import type { Payload } from 'payload'

import { invalid, conflict } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Workshop, WorkshopParticipant } from '@/payload-types'

import { normalizeCode } from './code'
import { isWellFormedPersonalCode, personalCodeHash } from './personalCode'

export type RedeemInput = { code: string }
export type Redeemed = { participant: WorkshopParticipant; workshop: Workshop }

/**
 * A participant types their personal code on another device (or on the same one after leaving): the
 * participant it opens, so the caller can bind this browser to them with the usual signed cookie. A code
 * nobody holds is a `wrongCode`, counted by the caller against the same limit as wrong workshop codes.
 * A participant who has since made an account ("save my progress") signs in instead: the code is not a
 * password, and must not open an account. A signed-in member cannot take on a participant without an
 * account (the learner pages would show the member, not the participant).
 */
export async function redeemPersonalCode({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<RedeemInput> & { now?: Date }): Promise<Result<Redeemed>> {
  const code = normalizeCode(input.code)
  if (!code) return fail(invalid({ code: 'required' }))
  const participant = isWellFormedPersonalCode(code) ? await participantByCode(payload, code) : null
  if (!participant) return fail(invalid({ code: 'wrongCode' }))
  // System read: the code proves who the learner is; they hold no right on the workshop itself.
  const workshop = await payload.findByID({
    collection: 'workshops',
    id: idOf(participant.workshop)!,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!workshop) return fail(invalid({ code: 'wrongCode' }))
  if (new Date(workshop.expiresAt) <= now) return fail(conflict({ code: 'personalCodeExpired' }))
  if (idOf(participant.member) !== null) return fail(conflict({ code: 'personalCodeAccount' }))
  if (actor) return fail(conflict({ code: 'personalCodeSignedIn' }))
  // System write: participants are written by the server only.
  const seen = await payload.update({
    collection: 'workshop-participants',
    id: participant.id,
    data: { lastSeenAt: now.toISOString() },
    overrideAccess: true,
  })
  return ok({ participant: seen, workshop })
}

async function participantByCode(payload: Payload, code: string): Promise<WorkshopParticipant | null> {
  // System read: the hash is a staff-only field; whoever holds the code is the participant.
  const { docs } = await payload.find({
    collection: 'workshop-participants',
    where: { personalCodeHash: { equals: personalCodeHash(code) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
