import type { DiagnosticDefinition, DiagnosticDomain, Level, Thresholds } from './definition'

export type { Level } from './definition'

/** What the person did on one task, as the simulator records it. */
export type TaskRecord = {
  /** The task's key in the diagnostic. */
  task: string
  outcome: 'success' | 'failed' | 'skipped'
  attempts: number
  seconds: number
  helpUsed: boolean
  /** Not run: the adaptive rule decided it (see adaptive.ts). */
  inferred?: 'mastered' | 'notMastered'
}

/**
 * How well a task was done, from 0 to 1: right at the first try without help is 1; it takes off for more
 * attempts and for help; a skipped ("je ne sais pas") or failed task is 0. Pure: unit-tested.
 */
export function taskScore(record: TaskRecord): number {
  if (record.inferred) return record.inferred === 'mastered' ? 1 : 0
  if (record.outcome !== 'success') return 0
  const retries = Math.max(0, record.attempts - 1)
  return Math.max(0.25, 1 - 0.25 * retries - (record.helpUsed ? 0.25 : 0))
}

/** A task counts as mastered when its score reaches the diagnostic's threshold (0.75 in the seed: one retry, or help). */
export const mastered = (record: TaskRecord, thresholds: Thresholds) => taskScore(record) >= thresholds.mastered

/**
 * A domain's level climbs its difficulties: it is the highest difficulty whose tasks (and all easier ones) are
 * mastered; a difficulty with no task is passed through. A task half done (score ≥ the partial threshold) at
 * the next difficulty still gives the level just below it. Pure: unit-tested.
 */
export function domainLevel(domain: DiagnosticDomain, records: TaskRecord[], thresholds: Thresholds): Level {
  const byTask = new Map(records.map((r) => [r.task, r]))
  let level = 0
  let climbing = true
  for (const difficulty of [1, 2, 3] as const) {
    const atLevel = domain.tasks.filter((t) => t.difficulty === difficulty)
    if (!atLevel.length) continue
    const scores = atLevel.map((t) => (byTask.has(t.key) ? taskScore(byTask.get(t.key)!) : 0))
    if (climbing && scores.every((s) => s >= thresholds.mastered)) level = difficulty
    else {
      if (climbing && scores.every((s) => s >= thresholds.partial)) level = Math.max(level, difficulty - 1)
      climbing = false
    }
  }
  return level as Level
}

/** Levels by domain key, and overall. */
export type DiagnosticLevels = { domains: Record<string, Level>; overall: Level }

/** The rounded-down mean, so one strong domain does not hide weak ones. */
export const overallLevel = (values: number[]): Level =>
  (values.length ? Math.floor(values.reduce((sum, v) => sum + v, 0) / values.length) : 0) as Level

/** Levels per domain of the diagnostic, and overall. Pure: unit-tested. */
export function levels(
  definition: Pick<DiagnosticDefinition, 'domains' | 'thresholds'>,
  records: TaskRecord[],
): DiagnosticLevels {
  const perDomain = Object.fromEntries(
    definition.domains.map((d) => [d.key, domainLevel(d, records, definition.thresholds)]),
  ) as Record<string, Level>
  return { domains: perDomain, overall: overallLevel(Object.values(perDomain)) }
}

/**
 * Strengths: the domains at level 2 or more. Priorities: the two weakest domains below level 3, in the
 * diagnostic's order when equal (the order of the stored levels, which is the diagnostic's).
 */
export function strengthsAndPriorities({ domains: perDomain }: DiagnosticLevels) {
  const entries = Object.entries(perDomain)
  const order = entries.map(([key]) => key)
  const strengths = entries.filter(([, level]) => level >= 2).map(([domain]) => domain)
  const priorities = entries
    .filter(([, level]) => level < 3)
    .sort((a, b) => a[1] - b[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
    .slice(0, 2)
    .map(([domain]) => domain)
  return { strengths, priorities }
}
