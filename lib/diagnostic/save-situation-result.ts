import type { Locale } from '@/i18n/locales'
import { invalid, notFound } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { DiagnosticResult, WorkshopParticipant } from '@/payload-types'

import { isSubmissionId } from './resultCode'
import { parseSituation, situationErrors, situationLevels } from './situation'
import { publishedInEveryLocale, snapshotOf } from './snapshot'
import { storeResult } from './storeResult'

export type SituationInput = {
  /** Bound by the page (a UUID): a form sent twice returns the first result. */
  submissionId: string
  /** The form as sent: read with the published questionnaire's questions (situation.ts). */
  form: FormData
  locale: Locale
  /** An aidant filling it with an apprenant of their structure (else the form's learner code). */
  learner?: number | null
  /** The workshop participant of this browser (lib/workshops/learner.ts), if any. */
  participant?: WorkshopParticipant | null
}

/**
 * Saves a situation questionnaire, read and scored with the published `situation` diagnostic. Filled by an
 * aidant for someone, it belongs to the aidant's structure and the chosen apprenant or the person's anonymous
 * code; filled by a member for themself, it is theirs.
 */
export async function saveSituationResult({
  payload,
  actor,
  input,
}: UseCaseArgs<SituationInput>): Promise<Result<DiagnosticResult>> {
  if (!isSubmissionId(input.submissionId)) return fail(invalid({ form: 'rejected' }))
  const published = await publishedInEveryLocale(payload, 'situation')
  if (!published) return fail(notFound('no published situation questionnaire'))
  const definition = published[input.locale]
  const { answers } = parseSituation(definition, input.form)
  const errors = situationErrors(definition, answers)
  if (Object.keys(errors).length) return fail(invalid(errors))
  const scored = situationLevels(definition, answers)
  return ok(
    await storeResult(payload, actor, {
      kind: 'situation',
      submissionId: input.submissionId,
      locale: input.locale,
      learner: input.learner ?? null,
      learnerCode: answers.learnerCode,
      participant: input.participant,
      answers,
      scored,
      diagnostic: definition,
      snapshot: snapshotOf(published, scored),
    }),
  )
}
