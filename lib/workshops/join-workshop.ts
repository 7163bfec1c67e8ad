import type { Payload } from 'payload'

import { lengths } from '@/fields/lengths'
import type { Locale } from '@/i18n/locales'
import { type DomainError, invalid } from '@/lib/errors'
import { checkRequiredText } from '@/lib/forms/checks'
import type { FieldErrors } from '@/lib/forms/types'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Member, Workshop, WorkshopParticipant } from '@/payload-types'

import { isWellFormedCode, normalizeCode } from './code'
import { saveProgressAccount } from './save-progress-account'

export type JoinInput = {
  code: string
  name: string
  shared: boolean
  /** "Save my progress" at once: an apprenant account for a learner who is not signed in. */
  account?: { username: string; password: string; locale: Locale } | null
}
export type Joined = { participant: WorkshopParticipant; workshop: Workshop; account: Member | null }

/** The refusal the rate limiter counts: a code that opens no workshop today (a blank code is not a guess). */
export const isWrongCode = (error: DomainError) => error.fields.code === 'wrongCode'

/**
 * A learner joins a workshop with its code and a first name or pseudonym; a signed-in member joins under
 * their own name, and joining twice gives back the same participant. Whether they share their progress with
 * the aidant is their choice, recorded with its date. With `account`, a learner who is not signed in also
 * becomes an apprenant (lib/workshops/save-progress-account.ts).
 */
export async function joinWorkshop({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<JoinInput> & { now?: Date }): Promise<Result<Joined>> {
  // Staff join as anyone would, under the name they type: only a member's account is tied to the participant.
  const member = actor?.collection === 'members' ? actor : null
  const name = member?.name ?? input.name.trim()
  const errors: FieldErrors = {}
  checkRequiredText(errors, 'name', name, lengths.personName)
  // The code is checked even when the name is missing: a wrong code is the error that matters most.
  const workshop = input.code.trim() ? await activeWorkshopByCode(payload, input.code, now) : null
  if (!workshop) errors.code = input.code.trim() ? 'wrongCode' : 'required'
  if (Object.keys(errors).length || !workshop) return fail(invalid(errors))

  const sharing = { shared: input.shared, sharedAt: input.shared ? now.toISOString() : null }
  const again = member ? await rejoin(payload, workshop, member, sharing, now) : null
  if (again) return ok({ participant: again, workshop, account: null })
  // System write: participants are written by the server only (collections/WorkshopParticipants/index.ts).
  const participant = await payload.create({
    collection: 'workshop-participants',
    data: {
      workshop: workshop.id,
      structure: idOf(workshop.structure)!,
      name,
      member: member?.id ?? null,
      ...sharing,
      lastSeenAt: now.toISOString(),
    },
    overrideAccess: true,
  })
  if (member || !input.account) return ok({ participant, workshop, account: null })
  const account = await saveProgressAccount({
    payload,
    actor: null,
    input: { participant: participant.id, ...input.account, passwordConfirm: input.account.password },
  })
  if (account.ok) return ok({ participant, workshop, account: account.value })
  // On a refused account the learner fixes the fields and sends again: that must not leave a second
  // participant behind (the browser gets its cookie only on success). System write, as above.
  await payload.delete({ collection: 'workshop-participants', id: participant.id, overrideAccess: true })
  return account
}

/** The workshop a code opens today, or null (unknown or expired). */
async function activeWorkshopByCode(payload: Payload, input: string, now: Date): Promise<Workshop | null> {
  const code = normalizeCode(input)
  if (!isWellFormedCode(code)) return null
  // System read: whoever holds the code may join, without any right on the workshop itself.
  const { docs } = await payload.find({
    collection: 'workshops',
    where: { and: [{ code: { equals: code } }, { expiresAt: { greater_than: now.toISOString() } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** A member already in the workshop: the same participant, with their new choice about sharing. */
async function rejoin(
  payload: Payload,
  workshop: Workshop,
  member: Member,
  sharing: Pick<WorkshopParticipant, 'shared' | 'sharedAt'>,
  now: Date,
): Promise<WorkshopParticipant | null> {
  // System reads and writes: participants, progress and results are written by the server only.
  const { docs } = await payload.find({
    collection: 'workshop-participants',
    where: { and: [{ workshop: { equals: workshop.id } }, { member: { equals: member.id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) return null
  const participant = await payload.update({
    collection: 'workshop-participants',
    id: docs[0].id,
    data: { ...sharing, lastSeenAt: now.toISOString() },
    overrideAccess: true,
  })
  // Withdrawing consent hides what was shared before; giving it shares what was done in this workshop.
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
  return participant
}
