import { DomainError, invalid, notAllowed } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { isDay } from '@/lib/workshops/validation'
import type { Accompaniment } from '@/payload-types'

import { personCodeMaxLength } from './personCode'
import { type AccompanimentTopic, accompanimentTopics } from './topics'

export type AccompanimentInput = {
  /** A day, "2026-12-02". */
  date: string
  minutes: number
  topic: string
  /** A workshop participant the aidant may see, or null for an anonymous person code. */
  participant: number | null
  personCode: string
}

const isTopic = (value: string): value is AccompanimentTopic => accompanimentTopics.some((t) => t.value === value)

/**
 * An aidant records one accompaniment of a structure's learner: a participant they may see (their structure,
 * shared), or an anonymous code. The collection's hook sets the aidant, the structure and the learner's
 * account from the participant (collections/Accompaniments/hooks/stampAccompaniment.ts).
 */
export async function recordAccompaniment({
  payload,
  actor,
  input,
}: UseCaseArgs<AccompanimentInput>): Promise<Result<Accompaniment>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return fail(notAllowed())
  const errors: FieldErrors = {}
  if (!isDay(input.date)) errors.date = input.date ? 'date' : 'required'
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 600) errors.minutes = 'minutes'
  if (!isTopic(input.topic)) errors.topic = 'required'
  if (!actor.structure) errors.form = 'noStructure'
  // Read with the aidant's own rights: a participant they may not see is refused like one that does not exist.
  const seen = input.participant
    ? await payload.findByID({
        collection: 'workshop-participants',
        id: input.participant,
        depth: 0,
        user: actor,
        overrideAccess: false,
        disableErrors: true,
      })
    : null
  if (input.participant && !seen) errors.form = 'notAllowed'
  // One answer with every field's error, as the form shows them all at once.
  if (Object.keys(errors).length)
    return fail(errors.form === 'notAllowed' ? new DomainError('not-allowed', errors) : invalid(errors))
  const personCode = input.personCode.trim().slice(0, personCodeMaxLength)
  return resultOf(
    payload.create({
      collection: 'accompaniments',
      data: {
        date: new Date(`${input.date}T12:00:00Z`).toISOString(),
        topic: input.topic as AccompanimentTopic,
        minutes: input.minutes,
        participant: seen?.id ?? null,
        personCode: seen ? null : personCode || null,
        // Set again by the hook from the signed-in aidant: never trusted from the input.
        aidant: actor.id,
        structure: 0,
      },
      // The aidant's own rights decide (access/aidantWithStructure.ts).
      user: actor,
      overrideAccess: false,
    }),
    ['date', 'minutes', 'topic'],
  )
}
