import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member, Workshop, WorkshopParticipant } from '@/payload-types'
import type { FieldErrors } from '@/lib/forms/types'
import { isWellFormedCode, normalizeCode } from './code'
import { lengths } from '@/fields/lengths'

export type JoinInput = { code: string; name: string; shared: boolean; member: Member | null }
export type JoinResult =
  | { ok: true; participant: WorkshopParticipant; workshop: Workshop }
  | { ok: false; errors: FieldErrors; wrongCode?: boolean }

/** The workshop a code opens today, or null (unknown or expired). */
export async function activeWorkshopByCode(
  payload: Payload,
  input: string,
  now = new Date(),
): Promise<Workshop | null> {
  const code = normalizeCode(input)
  if (!isWellFormedCode(code)) return null
  const { docs } = await payload.find({
    collection: 'workshops',
    where: { and: [{ code: { equals: code } }, { expiresAt: { greater_than: now.toISOString() } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/**
 * A learner joins a workshop with its code and a first name or pseudonym; a signed-in member joins under
 * their own name, and joining twice gives back the same participant. Whether they share their progress with
 * the aidant is their choice, recorded with its date.
 */
export async function joinWorkshop(payload: Payload, input: JoinInput, now = new Date()): Promise<JoinResult> {
  const errors: FieldErrors = {}
  const name = input.member?.name ?? input.name.trim()
  if (!input.code.trim()) errors.code = 'required'
  if (!name) errors.name = 'required'
  else if (name.length > lengths.personName) errors.name = 'tooLong'
  if (Object.keys(errors).length) return { ok: false, errors }
  const workshop = await activeWorkshopByCode(payload, input.code, now)
  if (!workshop) return { ok: false, errors: { code: 'wrongCode' }, wrongCode: true }

  const sharing = { shared: input.shared, sharedAt: input.shared ? now.toISOString() : null }
  if (input.member) {
    const { docs } = await payload.find({
      collection: 'workshop-participants',
      where: { and: [{ workshop: { equals: workshop.id } }, { member: { equals: input.member.id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs[0]) {
      const participant = await payload.update({
        collection: 'workshop-participants',
        id: docs[0].id,
        data: { ...sharing, lastSeenAt: now.toISOString() },
        overrideAccess: true,
      })
      await shareProgress(payload, participant)
      return { ok: true, participant, workshop }
    }
  }
  const participant = await payload.create({
    collection: 'workshop-participants',
    data: {
      workshop: workshop.id,
      structure: idOf(workshop.structure)!,
      name,
      member: input.member?.id ?? null,
      ...sharing,
      lastSeenAt: now.toISOString(),
    },
    overrideAccess: true,
  })
  return { ok: true, participant, workshop }
}

/**
 * A member who (re)joins changes whether their progress and diagnostics in this workshop are shared with its
 * structure; withdrawing consent hides what was shared before. System writes: these collections are
 * written by the server only.
 */
async function shareProgress(payload: Payload, participant: WorkshopParticipant): Promise<void> {
  const shared = Boolean(participant.shared)
  await payload.update({
    collection: 'progress',
    where: { participant: { equals: participant.id } },
    data: { shared },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'diagnostic-results',
    where: { participant: { equals: participant.id } },
    data: { shared, structure: shared ? idOf(participant.structure) : null },
    overrideAccess: true,
  })
}

/** "Save my progress": the participant becomes an apprenant account, and keeps what they did. */
export async function attachAccount(payload: Payload, participantId: number, member: Member): Promise<void> {
  await payload.update({
    collection: 'workshop-participants',
    id: participantId,
    data: { member: member.id },
    overrideAccess: true,
  })
  const { docs } = await payload.find({
    collection: 'progress',
    where: { participant: { equals: participantId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const row of docs) {
    await payload.update({
      collection: 'progress',
      id: row.id,
      data: { member: member.id, key: `m${member.id}:f${idOf(row.formation)}` },
      overrideAccess: true,
    })
  }
}
