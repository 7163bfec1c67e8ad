import type { Payload } from 'payload'

import { saveSimulatorResult, type SimulatorInput } from '@/lib/diagnostic/save-simulator-result'
import type { Actor } from '@/lib/usecases/types'
import type { DiagnosticResult } from '@/payload-types'

/** A simulator run saved through its use case by `member` (null: a visitor); a refusal fails the test. */
export async function takeSimulator(
  payload: Payload,
  { member, ...input }: SimulatorInput & { member: Actor },
): Promise<DiagnosticResult> {
  const result = await saveSimulatorResult({ payload, actor: member, input })
  if (!result.ok) throw result.error
  return result.value
}
