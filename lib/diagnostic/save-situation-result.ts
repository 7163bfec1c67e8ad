import type { Locale } from '@/i18n/locales'
import { invalid } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { DiagnosticResult, WorkshopParticipant } from '@/payload-types'

import { isSubmissionId } from './resultCode'
import { type SituationAnswers, situationErrors, situationLevels } from './situation'
import { storeResult } from './storeResult'

export type SituationInput = {
  /** Bound by the page (a UUID): a form sent twice returns the first result. */
  submissionId: string
  /** Read from the form by parseSituation (situation.ts). */
  answers: SituationAnswers
  locale: Locale
  /** An aidant filling it with an apprenant of their structure (else `answers.learnerCode`). */
  learner?: number | null
  /** The workshop participant of this browser (lib/workshops/learner.ts), if any. */
  participant?: WorkshopParticipant | null
}

/**
 * Saves a situation questionnaire. Filled by an aidant for someone, it belongs to the aidant's structure and
 * the chosen apprenant or the person's anonymous code; filled by a member for themself, it is theirs.
 */
export async function saveSituationResult({
  payload,
  actor,
  input,
}: UseCaseArgs<SituationInput>): Promise<Result<DiagnosticResult>> {
  if (!isSubmissionId(input.submissionId)) return fail(invalid({ form: 'rejected' }))
  const errors = situationErrors(input.answers)
  if (Object.keys(errors).length) return fail(invalid(errors))
  return ok(
    await storeResult(payload, actor, {
      kind: 'situation',
      submissionId: input.submissionId,
      locale: input.locale,
      learner: input.learner ?? null,
      learnerCode: input.answers.learnerCode,
      participant: input.participant,
      answers: input.answers,
      scored: situationLevels(input.answers),
    }),
  )
}
