import { randomInt } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Actor } from '@/lib/usecases/types'
import type { DiagnosticResult, WorkshopParticipant } from '@/payload-types'
import { attribution, inWorkshop } from './attribution'
import { findBySubmission } from './findResult'
import { resultCode } from './resultCode'
import type { DiagnosticDefinition } from './definition'
import type { DiagnosticLevels } from './scoring'
import { type ResultSnapshot } from './snapshot'

/** What both kinds of diagnostic save: who took it with whom (attribution.ts) and what was scored. */
export type ScoredResult = {
  submissionId: string
  kind: 'simulator' | 'situation'
  locale: Locale
  learner: number | null
  learnerCode: string
  participant: WorkshopParticipant | null | undefined
  answers: RequiredDataFromCollectionSlug<'diagnostic-results'>['answers']
  scored: DiagnosticLevels
  /** The diagnostic it was scored with (its published version) and what its sheet needs of it (snapshot.ts). */
  diagnostic: Pick<DiagnosticDefinition, 'id' | 'version'>
  snapshot: ResultSnapshot
}

/**
 * Stores a scored result under a new code, attributed from the actor, once per submission: a second submission
 * with the same id (a double click on "finish", a form sent twice) returns the first result, not a duplicate.
 */
export async function storeResult(payload: Payload, actor: Actor, result: ScoredResult): Promise<DiagnosticResult> {
  const existing = await findBySubmission(payload, result.submissionId)
  if (existing) return existing
  const owner = await attribution(payload, actor, result.learner, result.learnerCode)
  const data = {
    submissionId: result.submissionId,
    kind: result.kind,
    locale: result.locale,
    ...inWorkshop(owner, result.participant),
    answers: result.answers,
    levels: result.scored.domains,
    overall: result.scored.overall,
    diagnostic: result.diagnostic.id,
    diagnosticVersion: result.diagnostic.version,
    snapshot: result.snapshot,
  }
  for (let tries = 0; ; tries++) {
    try {
      return await payload.create({
        collection: 'diagnostic-results',
        // The code alone opens the result page: from the CSPRNG, not Math.random (predictable from its outputs).
        data: { ...data, code: resultCode(randomInt) },
        // Levels are computed by our server, never sent by a browser: the collection accepts writes from
        // staff only, and the attribution above was decided from the actor.
        overrideAccess: true,
      })
    } catch (error) {
      // A code already taken (1 chance in ~10^11) or the same submission saved meanwhile: look again.
      const again = await findBySubmission(payload, result.submissionId)
      if (again) return again
      if (tries > 3) throw error
    }
  }
}
