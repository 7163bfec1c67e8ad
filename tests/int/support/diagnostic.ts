import type { Payload } from 'payload'

import { saveSimulatorResult, type SimulatorInput } from '@/lib/diagnostic/save-simulator-result'
import type { Actor } from '@/lib/usecases/types'
import type { DiagnosticResult } from '@/payload-types'
import { seedDiagnostics } from '@/seed/diagnostics'

const seeded = new WeakMap<Payload, Promise<{ simulator: number; situation: number }>>()

/**
 * The demo diagnostics of the seed (seed/diagnostics.ts), published once per database: a result is scored
 * with the published diagnostic, as on the site.
 */
export function ensureDiagnostics(payload: Payload) {
  if (!seeded.has(payload)) seeded.set(payload, seedDiagnostics(payload))
  return seeded.get(payload)!
}

/** A simulator run saved through its use case by `member` (null: a visitor); a refusal fails the test. */
export async function takeSimulator(
  payload: Payload,
  { member, ...input }: SimulatorInput & { member: Actor },
): Promise<DiagnosticResult> {
  await ensureDiagnostics(payload)
  const result = await saveSimulatorResult({ payload, actor: member, input })
  if (!result.ok) throw result.error
  return result.value
}
