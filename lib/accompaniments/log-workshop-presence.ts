import { notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import { brusselsDay, endOfBrusselsDay, startOfBrusselsDay } from '@/lib/time/brussels'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Accompaniment } from '@/payload-types'

import { topicOfTheme } from './topics'

export type PresenceInput = { workshop: number; participant: number }

/**
 * The workshop page's one tap ("Noter 30 min avec Léa"): the learner joins today's collective activity of this
 * workshop by this aidant, which the first tap of the day creates (30 minutes, the workshop's title and theme).
 * Each later tap adds one participant, so a session of eight learners is one activity of eight people, as
 * funders count workshops. Everything is read and written with the aidant's own rights.
 */
export async function logWorkshopPresence({
  payload,
  actor,
  input,
}: UseCaseArgs<PresenceInput>): Promise<Result<Accompaniment>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return fail(notAllowed())
  const asAidant = { user: actor, overrideAccess: false, depth: 0, disableErrors: true } as const
  const [workshop, participant] = await Promise.all([
    payload.findByID({ collection: 'workshops', id: input.workshop, ...asAidant, depth: 2 }),
    payload.findByID({ collection: 'workshop-participants', id: input.participant, ...asAidant }),
  ])
  if (!workshop || !participant || idOf(participant.workshop) !== workshop.id) return fail(notFound())
  const today = brusselsDay(new Date())
  const { docs } = await payload.find({
    collection: 'accompaniments',
    where: {
      and: [
        { workshop: { equals: workshop.id } },
        { aidant: { equals: actor.id } },
        { kind: { equals: 'collective' } },
        { date: { greater_than_equal: startOfBrusselsDay(today).toISOString() } },
        { date: { less_than_equal: endOfBrusselsDay(today).toISOString() } },
      ],
    },
    limit: 1,
    user: actor,
    overrideAccess: false,
    depth: 0,
  })
  const existing = docs[0]
  if (existing) {
    const participants = [...new Set([...(existing.participants ?? []).map((p) => idOf(p)!), participant.id])]
    return resultOf(
      payload.update({
        collection: 'accompaniments',
        id: existing.id,
        data: { participants, participantsCount: Math.max(existing.participantsCount ?? 0, participants.length) },
        user: actor,
        overrideAccess: false,
        depth: 0,
      }),
    )
  }
  const firstModule = workshop.modules?.[0]
  const theme = typeof firstModule === 'object' ? firstModule?.themes?.[0] : undefined
  return resultOf(
    payload.create({
      collection: 'accompaniments',
      data: {
        kind: 'collective',
        date: new Date(`${today}T12:00:00Z`).toISOString(),
        minutes: 30,
        themes: [topicOfTheme(typeof theme === 'object' ? theme?.slug : undefined)],
        place: 'structure',
        title: workshop.title,
        workshop: workshop.id,
        participants: [participant.id],
        participantsCount: 1,
        aidant: actor.id,
        structure: 0,
      },
      user: actor,
      overrideAccess: false,
      depth: 0,
    }),
  )
}
