import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { DiagnosticResult } from '@/payload-types'
import { findBySubmission } from './find-result'
import { resultCode } from './result-code'

type ResultData = Omit<RequiredDataFromCollectionSlug<'diagnostic-results'>, 'code'>

/**
 * Stores a scored result under a new code, once per submission: a second submission with the same id (a
 * double click on "finish", a form sent twice) returns the first result instead of a duplicate.
 */
export async function storeResult(payload: Payload, data: ResultData): Promise<DiagnosticResult> {
  const existing = await findBySubmission(payload, data.submissionId)
  if (existing) return existing
  for (let tries = 0; ; tries++) {
    try {
      return await payload.create({
        collection: 'diagnostic-results',
        data: { ...data, code: resultCode((max) => Math.floor(Math.random() * max)) },
        // Levels are computed by our server, never sent by a browser: the collection accepts writes from
        // staff only, and the attribution was decided from the actor (attribution.ts).
        overrideAccess: true,
      })
    } catch (error) {
      // A code already taken (1 chance in ~10^11) or the same submission saved meanwhile: look again.
      const again = await findBySubmission(payload, data.submissionId)
      if (again) return again
      if (tries > 3) throw error
    }
  }
}
