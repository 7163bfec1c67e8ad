import type { Locale } from '@/i18n/locales'
import { invalid, notFound } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { DiagnosticResult, WorkshopParticipant } from '@/payload-types'

import { withInferred } from './adaptive'
import { allTasks } from './definition'
import { cleanRecords } from './records'
import { isSubmissionId } from './resultCode'
import { levels } from './scoring'
import { publishedInEveryLocale, snapshotOf } from './snapshot'
import { storeResult } from './storeResult'

export type SimulatorInput = {
  /** Chosen by the page (a UUID): the same id twice returns the first result. */
  submissionId: string
  /** What the browser recorded, task by task: anything malformed is dropped (records.ts). */
  records: unknown
  locale: Locale
  /** An aidant running it with an apprenant of their structure… */
  learner?: number | null
  /** …or with someone known by an anonymous code. */
  learnerCode?: string
  /** The workshop participant of this browser (lib/workshops/learner.ts), if any. */
  participant?: WorkshopParticipant | null
}

/**
 * Saves a finished simulator run, scored here from the recorded actions (never trusted from the browser) with
 * the published simulator diagnostic, attributed from the actor (attribution.ts): anyone may take the
 * diagnostic, signed in or not. Without a published diagnostic there is nothing to score with: not found.
 */
export async function saveSimulatorResult({
  payload,
  actor,
  input,
}: UseCaseArgs<SimulatorInput>): Promise<Result<DiagnosticResult>> {
  if (!isSubmissionId(input.submissionId)) return fail(invalid({ form: 'rejected' }))
  const published = await publishedInEveryLocale(payload, 'simulator')
  if (!published) return fail(notFound('no published simulator diagnostic'))
  const definition = published[input.locale]
  const answers = cleanRecords(
    input.records,
    allTasks(definition).map((t) => t.key),
  )
  const scored = levels(definition, withInferred(definition, answers))
  return ok(
    await storeResult(payload, actor, {
      kind: 'simulator',
      submissionId: input.submissionId,
      locale: input.locale,
      learner: input.learner ?? null,
      learnerCode: input.learnerCode ?? '',
      participant: input.participant,
      answers,
      scored,
      diagnostic: definition,
      snapshot: snapshotOf(published, scored),
    }),
  )
}
