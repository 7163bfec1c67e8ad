import { mastered, type TaskRecord } from './scoring'
import { type Domain, domains, type Task, tasksOf } from './tasks'

/**
 * The adaptive rule, domain by domain (docs/diagnostic.md):
 * 1. Start with the domain's first task of difficulty 2 (or its easiest task when it has none).
 * 2. Mastered → the domain is not a beginner's: its easier tasks are skipped (counted as mastered) and the
 *    harder ones are run in order, until one is not mastered; the rest is skipped (not mastered).
 * 3. Not mastered → the domain is clearly not mastered: its harder tasks are skipped (not mastered) and the
 *    easier ones are run, from the hardest down, until one is mastered; the rest is skipped (mastered).
 * A beginner thus meets two tasks per domain, an autonomous person every task but the easiest. Pure: unit-tested.
 */
export function nextTask(records: TaskRecord[]): Task | null {
  const done = new Map(records.map((r) => [r.task, r]))
  for (const domain of domains) {
    const next = nextInDomain(domain, done)
    if (next) return next
  }
  return null
}

function ladder(domain: Domain) {
  const ordered = [...tasksOf(domain)].sort((a, b) => a.difficulty - b.difficulty)
  const start = ordered.find((t) => t.difficulty === 2) ?? ordered[0]!
  const index = ordered.indexOf(start)
  return { start, up: ordered.slice(index + 1), down: ordered.slice(0, index).reverse() }
}

function nextInDomain(domain: Domain, done: Map<string, TaskRecord>): Task | null {
  const { start, up, down } = ladder(domain)
  const first = done.get(start.id)
  if (!first) return start
  // Going up stops at the first task not mastered; going down stops at the first task mastered.
  const stopsAt = mastered(first) ? (r: TaskRecord) => !mastered(r) : (r: TaskRecord) => mastered(r)
  for (const task of mastered(first) ? up : down) {
    const record = done.get(task.id)
    if (!record) return task
    if (stopsAt(record)) return null
  }
  return null
}

/** Every task the rule did not run, recorded as inferred, so scoring and the result sheet see all of them. */
export function withInferred(records: TaskRecord[]): TaskRecord[] {
  const done = new Map(records.map((r) => [r.task, r]))
  const inferred: TaskRecord[] = []
  for (const domain of domains) {
    const passed = tasksOf(domain).filter((t) => done.has(t.id) && mastered(done.get(t.id)!))
    // With nothing passed (or nothing run), nothing is inferred as mastered.
    const lowestPassed = passed.length ? Math.min(...passed.map((t) => t.difficulty)) : 0
    for (const task of tasksOf(domain)) {
      if (done.has(task.id)) continue
      inferred.push({
        task: task.id,
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
