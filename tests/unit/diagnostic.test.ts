import { describe, expect, it } from 'vitest'

import { nextTask, withInferred } from '@/lib/diagnostic/adaptive'
import { domainLevel, levels, strengthsAndPriorities, taskScore, type TaskRecord } from '@/lib/diagnostic/scoring'
import { domains, tasks, type TaskId } from '@/lib/diagnostic/tasks'

const ok = (task: TaskId, attempts = 1, helpUsed = false): TaskRecord => ({
  task,
  outcome: 'success',
  attempts,
  seconds: 10,
  helpUsed,
})
const skip = (task: TaskId): TaskRecord => ({ task, outcome: 'skipped', attempts: 0, seconds: 5, helpUsed: false })

/** Runs the adaptive simulator with a scripted person who answers each task as `answer` decides. */
function run(answer: (task: TaskId) => TaskRecord): TaskRecord[] {
  const records: TaskRecord[] = []
  for (let task = nextTask(records); task; task = nextTask(records)) records.push(answer(task.id))
  return records
}

describe('the task set', () => {
  it('has at least 12 tasks over at least 5 domains, each domain with a task', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(12)
    expect(domains.length).toBeGreaterThanOrEqual(5)
    for (const domain of domains) expect(tasks.some((t) => t.domain === domain)).toBe(true)
  })
})

describe('taskScore', () => {
  it('gives 1 at the first try, less with retries and help, 0 when skipped or failed', () => {
    expect(taskScore(ok('tap'))).toBe(1)
    expect(taskScore(ok('tap', 2))).toBe(0.75)
    expect(taskScore(ok('tap', 1, true))).toBe(0.75)
    expect(taskScore(ok('tap', 3, true))).toBe(0.25)
    expect(taskScore(ok('tap', 9))).toBe(0.25)
    expect(taskScore(skip('tap'))).toBe(0)
    expect(taskScore({ ...ok('tap'), outcome: 'failed' })).toBe(0)
  })
})

describe('domainLevel', () => {
  it('climbs the difficulties while every task is mastered', () => {
    expect(domainLevel('device', [ok('tap'), ok('scroll'), ok('doubleClick'), ok('drag')])).toBe(3)
    expect(domainLevel('device', [ok('tap'), ok('scroll'), skip('doubleClick'), ok('drag')])).toBe(1)
    expect(domainLevel('device', [skip('tap'), ok('scroll')])).toBe(0)
    expect(domainLevel('device', [])).toBe(0)
  })

  it('passes through difficulties without tasks, and half-done tasks give the level below', () => {
    expect(domainLevel('admin', [ok('form')])).toBe(3)
    expect(domainLevel('admin', [ok('form', 3)])).toBe(2)
    expect(domainLevel('admin', [skip('form')])).toBe(0)
  })
})

describe('the adaptive rule', () => {
  it('starts each domain at its medium task', () => {
    expect(nextTask([])?.id).toBe('scroll')
  })

  it('a scripted beginner meets two tasks at most per domain, and gets level 0 or 1', () => {
    // Can tap and type a name; nothing else.
    const records = run((task) =>
      ['tap', 'typeName', 'link', 'findMessage'].includes(task) ? ok(task, 2) : skip(task),
    )
    const perDomain = new Map<string, number>()
    for (const r of records) {
      const domain = tasks.find((t) => t.id === r.task)!.domain
      perDomain.set(domain, (perDomain.get(domain) ?? 0) + 1)
    }
    for (const count of perDomain.values()) expect(count).toBeLessThanOrEqual(2)
    const result = levels(withInferred(records))
    expect(result.domains).toEqual({ device: 1, typing: 1, browser: 1, email: 1, admin: 0, safety: 0 })
    expect(result.overall).toBe(0)
  })

  it('a scripted autonomous person skips the easy tasks and reaches level 3', () => {
    const records = run((task) => ok(task))
    const ran = records.map((r) => r.task)
    for (const easy of ['tap', 'typeName', 'link', 'findMessage']) expect(ran).not.toContain(easy)
    const result = levels(withInferred(records))
    expect(Object.values(result.domains)).toEqual([3, 3, 3, 3, 3, 3])
    expect(result.overall).toBe(3)
  })

  it('stops going up at the first task not mastered, and counts the rest as not mastered', () => {
    const records = run((task) => (task === 'doubleClick' ? skip(task) : ok(task)))
    const device = withInferred(records).filter((r) => ['tap', 'scroll', 'doubleClick', 'drag'].includes(r.task))
    expect(device.find((r) => r.task === 'drag')).toMatchObject({ inferred: 'notMastered' })
    expect(device.find((r) => r.task === 'tap')).toMatchObject({ inferred: 'mastered' })
    expect(domainLevel('device', device)).toBe(1)
  })

  it('infers nothing as mastered in a domain where nothing was run or passed', () => {
    expect(levels(withInferred([ok('tap')])).domains).toEqual({
      device: 1,
      typing: 0,
      browser: 0,
      email: 0,
      admin: 0,
      safety: 0,
    })
  })

  it('lists strengths and the two weakest domains as priorities', () => {
    expect(
      strengthsAndPriorities({
        domains: { device: 3, typing: 2, browser: 1, email: 0, admin: 0, safety: 3 },
        overall: 1,
      }),
    ).toEqual({
      strengths: ['device', 'typing', 'safety'],
      priorities: ['email', 'admin'],
    })
  })
})
