import { notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { givePersonalCode } from './issuePersonalCode'
import { canManageWorkshop, runsWorkshops } from './manageWorkshop'
import type { ProgressCard } from './progressCards'

export type RenewInput = { participant: number | null }

/**
 * The aidant gives a participant a new personal code (a card lost or seen by someone else): the old code
 * stops working at once, since only the new code's hash is kept. Allowed to those who run the workshop
 * (lib/workshops/manageWorkshop.ts), whether or not the learner shares their progress (docs/adr/0022);
 * another structure's participant is not found, so its existence is not revealed.
 */
export async function renewPersonalCode({
  payload,
  actor,
  input,
}: UseCaseArgs<RenewInput>): Promise<Result<ProgressCard>> {
  if (!runsWorkshops(actor)) return fail(notAllowed())
  const system = { depth: 0, overrideAccess: true, disableErrors: true } as const
  // System reads: the rule is "runs the workshop", checked below, not "may read this learner's progress".
  const participant = input.participant
    ? await payload.findByID({ collection: 'workshop-participants', id: input.participant, ...system })
    : null
  const workshop = participant
    ? await payload.findByID({ collection: 'workshops', id: idOf(participant.workshop)!, ...system })
    : null
  if (!participant || !workshop || !canManageWorkshop(actor, workshop)) return fail(notFound())
  // A participant with an account signs in with it: their code opens nothing (redeem-personal-code.ts).
  if (idOf(participant.member) !== null) return fail(notFound())
  return ok({
    participant: participant.id,
    name: participant.name,
    code: await givePersonalCode(payload, participant.id),
  })
}
