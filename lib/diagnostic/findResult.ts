import type { Payload } from 'payload'

import type { DiagnosticResult } from '@/payload-types'
import { normalizeCode } from './resultCode'

/**
 * A result by the code printed on it: whoever has the code may read it (it is the key, like a password), so
 * the read is the server's; the result page shows it and nothing else.
 */
export async function findResultByCode(payload: Payload, code: string): Promise<DiagnosticResult | null> {
  const { docs } = await payload.find({
    collection: 'diagnostic-results',
    where: { code: { equals: normalizeCode(code) } },
    limit: 1,
    overrideAccess: true,
    depth: 0,
  })
  return docs[0] ?? null
}

/** The result already saved for a submission id, if any: a second submission returns it. */
export async function findBySubmission(payload: Payload, submissionId: string): Promise<DiagnosticResult | null> {
  const { docs } = await payload.find({
    collection: 'diagnostic-results',
    where: { submissionId: { equals: submissionId } },
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
