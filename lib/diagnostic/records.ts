import type { TaskRecord } from './scoring'
import { taskIds } from './tasks'

/** Only well-formed records are kept: a browser can send anything. Pure. */
export function cleanRecords(input: unknown): TaskRecord[] {
  if (!Array.isArray(input)) return []
  const seen = new Set<string>()
  return input.flatMap((r): TaskRecord[] => {
    if (!r || typeof r !== 'object') return []
    const { task, outcome, attempts, seconds, helpUsed } = r as Record<string, unknown>
    if (!taskIds.includes(task as never) || seen.has(task as string)) return []
    if (!['success', 'failed', 'skipped'].includes(outcome as string)) return []
    seen.add(task as string)
    const clamp = (v: unknown, max: number) =>
      typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(0, Math.round(v)), max) : 0
    return [
      {
        task: task as TaskRecord['task'],
        outcome: outcome as TaskRecord['outcome'],
        attempts: clamp(attempts, 20),
        seconds: clamp(seconds, 3600),
        helpUsed: helpUsed === true,
      },
    ]
  })
}
