import type { Locale } from '@/i18n/locales'
import { notAllowed, notFound } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Workshop } from '@/payload-types'

import { type FollowUp, workshopFollowUp } from './followUp'

export type FollowUpExportInput = { workshop: number | null; locale: Locale }

/**
 * The follow-up of one workshop for its CSV export, for the aidants who may see it: the workshop and what
 * its learners did are read with the aidant's own rights (access/learnerDataRead.ts), so another
 * structure's workshop is not found and a learner who did not agree to share is not in it.
 */
export async function exportFollowUp({
  payload,
  actor,
  input,
}: UseCaseArgs<FollowUpExportInput>): Promise<Result<{ workshop: Workshop; followUp: FollowUp }>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return fail(notAllowed())
  const asAidant = { user: actor, overrideAccess: false, depth: 0, disableErrors: true } as const
  const workshop = input.workshop
    ? await payload.findByID({ collection: 'workshops', id: input.workshop, ...asAidant })
    : null
  if (!workshop) return fail(notFound())
  return ok({ workshop, followUp: await workshopFollowUp(payload, workshop, actor, input.locale) })
}
