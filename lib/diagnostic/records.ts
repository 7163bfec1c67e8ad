import type { TaskRecord } from './scoring'

/** Only well-formed records of the diagnostic's tasks are kept: a browser can send anything. Pure. */
export function cleanRecords(input: unknown, taskKeys: readonly string[]): TaskRecord[] {
  if (!Array.isArray(input)) return []
  const seen = new Set<string>()
  return input.flatMap((r): TaskRecord[] => {
    if (!r || typeof r !== 'object') return []
    const { task, outcome, attempts, seconds, helpUsed } = r as Record<string, unknown>
    if (typeof task !== 'string' || !taskKeys.includes(task) || seen.has(task)) return []
    if (!['success', 'failed', 'skipped'].includes(outcome as string)) return []
    seen.add(task)
    const clamp = (v: unknown, max: number) =>
      typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(0, Math.round(v)), max) : 0
    return [
      {
        task,
        outcome: outcome as TaskRecord['outcome'],
        attempts: clamp(attempts, 20),
        seconds: clamp(seconds, 3600),
        helpUsed: helpUsed === true,
      },
    ]
  })
}
