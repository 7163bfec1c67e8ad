import { notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Workshop } from '@/payload-types'

import { canManageWorkshop, runsWorkshops } from './manageWorkshop'
import { cardOf, type ProgressCard } from './progressCards'

export type PrintCardsInput = { workshop: number | null; participant?: number | null }

/**
 * The cards an aidant prints for a workshop: every participant's, or one. Every participant, sharing or not:
 * the card is handed over on paper in the room and shows no progress (docs/adr/0022). Only those who run
 * the workshop get them; for anyone else the workshop is not found.
 */
export async function printProgressCards({
  payload,
  actor,
  input,
}: UseCaseArgs<PrintCardsInput>): Promise<Result<{ workshop: Workshop; cards: ProgressCard[] }>> {
  if (!runsWorkshops(actor)) return fail(notAllowed())
  // System reads: the rule is "runs the workshop" (canManageWorkshop), and the code fields are staff-only.
  const workshop = input.workshop
    ? await payload.findByID({
        collection: 'workshops',
        id: input.workshop,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  if (!workshop || !canManageWorkshop(actor, workshop)) return fail(notFound())
  const { docs } = await payload.find({
    collection: 'workshop-participants',
    where: {
      and: [
        { workshop: { equals: workshop.id } },
        ...(input.participant ? [{ id: { equals: input.participant } }] : []),
      ],
    },
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  // A participant with an account signs in with it: their code opens nothing (redeem-personal-code.ts).
  const withoutAccount = docs.filter((participant) => idOf(participant.member) === null)
  if (input.participant && !withoutAccount.length) return fail(notFound())
  const cards: ProgressCard[] = []
  // One after the other: a participant without a code yet gets one, and each must be checked as free.
  for (const participant of withoutAccount) cards.push(await cardOf(payload, participant))
  return ok({ workshop, cards })
}
