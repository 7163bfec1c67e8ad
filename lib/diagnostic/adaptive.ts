import type { DiagnosticDefinition, DiagnosticDomain, Thresholds } from './definition'
import { mastered, type TaskRecord } from './scoring'

type Shape = Pick<DiagnosticDefinition, 'domains' | 'thresholds'>
export type NextTask = DiagnosticDomain['tasks'][number] & { domain: string }

/**
 * The adaptive rule, domain by domain, on the diagnostic's domains and tasks (docs/diagnostic.md):
 * 1. Start with the domain's first task of difficulty 2 (or its easiest task when it has none).
 * 2. Mastered → the domain is not a beginner's: its easier tasks are skipped (counted as mastered) and the
 *    harder ones are run in order, until one is not mastered; the rest is skipped (not mastered).
 * 3. Not mastered → the domain is clearly not mastered: its harder tasks are skipped (not mastered) and the
 *    easier ones are run, from the hardest down, until one is mastered; the rest is skipped (mastered).
 * A beginner thus meets two tasks per domain, an autonomous person every task but the easiest. Pure: unit-tested.
 */
export function nextTask(definition: Shape, records: TaskRecord[]): NextTask | null {
  const done = new Map(records.map((r) => [r.task, r]))
  for (const domain of definition.domains) {
    const next = nextInDomain(domain, done, definition.thresholds)
    if (next) return { ...next, domain: domain.key }
  }
  return null
}

function ladder(domain: DiagnosticDomain) {
  const ordered = [...domain.tasks].sort((a, b) => a.difficulty - b.difficulty)
  const start = ordered.find((t) => t.difficulty === 2) ?? ordered[0]
  const index = start ? ordered.indexOf(start) : 0
  return { start, up: ordered.slice(index + 1), down: ordered.slice(0, index).reverse() }
}

function nextInDomain(domain: DiagnosticDomain, done: Map<string, TaskRecord>, thresholds: Thresholds) {
  const { start, up, down } = ladder(domain)
  // A domain without tasks (the collection refuses it for a simulator) has nothing to run.
  if (!start) return null
  const first = done.get(start.key)
  if (!first) return start
  const isMastered = (r: TaskRecord) => mastered(r, thresholds)
  // Going up stops at the first task not mastered; going down stops at the first task mastered.
  const stopsAt = isMastered(first) ? (r: TaskRecord) => !isMastered(r) : isMastered
  for (const task of isMastered(first) ? up : down) {
    const record = done.get(task.key)
    if (!record) return task
    if (stopsAt(record)) return null
  }
  return null
}

/** Every task the rule did not run, recorded as inferred, so scoring and the result sheet see all of them. */
export function withInferred(definition: Shape, records: TaskRecord[]): TaskRecord[] {
  const done = new Map(records.map((r) => [r.task, r]))
  const inferred: TaskRecord[] = []
  for (const domain of definition.domains) {
    const passed = domain.tasks.filter((t) => done.has(t.key) && mastered(done.get(t.key)!, definition.thresholds))
    // With nothing passed (or nothing run), nothing is inferred as mastered.
    const lowestPassed = passed.length ? Math.min(...passed.map((t) => t.difficulty)) : 0
    for (const task of domain.tasks) {
      if (done.has(task.key)) continue
      inferred.push({
        task: task.key,
        outcome: 'skipped',
        attempts: 0,
        seconds: 0,
        helpUsed: false,
        inferred: task.difficulty < lowestPassed ? 'mastered' : 'notMastered',
      })
    }
  }
  return [...records, ...inferred]
}
