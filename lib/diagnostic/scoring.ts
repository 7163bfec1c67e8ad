import { type Domain, domains, type Task, tasks, tasksOf, type TaskId } from './tasks'

/** What the person did on one task, as the simulator records it. */
export type TaskRecord = {
  task: TaskId
  outcome: 'success' | 'failed' | 'skipped'
  attempts: number
  seconds: number
  helpUsed: boolean
  /** Not run: the adaptive rule decided it (see adaptive.ts). */
  inferred?: 'mastered' | 'notMastered'
}

export type Level = 0 | 1 | 2 | 3

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

/** A task counts as mastered when it was done well enough: at most one retry, or done with help at the first try. */
export const mastered = (record: TaskRecord) => taskScore(record) >= 0.75

/**
 * A domain's level climbs its difficulties: it is the highest difficulty whose tasks (and all easier ones) are
 * mastered; a difficulty with no task is passed through. A task half done (score ≥ 0.5: with help, or after
 * retries) at the next difficulty still gives the level just below it. Pure: unit-tested.
 */
export function domainLevel(domain: Domain, records: TaskRecord[]): Level {
  const byTask = new Map(records.map((r) => [r.task, r]))
  let level = 0
  let climbing = true
  for (const difficulty of [1, 2, 3] as const) {
    const atLevel = tasksOf(domain).filter((t) => t.difficulty === difficulty)
    if (!atLevel.length) continue
    const scores = atLevel.map((t) => (byTask.has(t.id) ? taskScore(byTask.get(t.id)!) : 0))
    if (climbing && scores.every((s) => s >= 0.75)) level = difficulty
    else {
      if (climbing && scores.every((s) => s >= 0.5)) level = Math.max(level, difficulty - 1)
      climbing = false
    }
  }
  return level as Level
}

export type DiagnosticLevels = { domains: Record<Domain, Level>; overall: Level }

/** Levels per domain, and overall: the rounded-down mean, so one strong domain does not hide weak ones. */
export function levels(records: TaskRecord[]): DiagnosticLevels {
  const perDomain = Object.fromEntries(domains.map((d) => [d, domainLevel(d, records)])) as Record<Domain, Level>
  const values: number[] = Object.values(perDomain)
  const overall = Math.floor(values.reduce((sum, v) => sum + v, 0) / values.length) as Level
  return { domains: perDomain, overall }
}

/** Strengths: the domains at level 2 or more. Priorities: the two weakest domains below level 3. */
export function strengthsAndPriorities({ domains: perDomain }: DiagnosticLevels) {
  const entries = Object.entries(perDomain) as [Domain, Level][]
  const strengths = entries.filter(([, level]) => level >= 2).map(([domain]) => domain)
  const priorities = entries
    .filter(([, level]) => level < 3)
    .sort((a, b) => a[1] - b[1] || domains.indexOf(a[0]) - domains.indexOf(b[0]))
    .slice(0, 2)
    .map(([domain]) => domain)
  return { strengths, priorities }
}

export const taskById = (id: TaskId): Task => tasks.find((t) => t.id === id)!
