import { describe, expect, it } from 'vitest'

import { nextTask, withInferred } from '@/lib/diagnostic/adaptive'
import { allTasks, type DiagnosticDefinition, type DiagnosticDomain } from '@/lib/diagnostic/definition'
import { domainLevel, levels, strengthsAndPriorities, taskScore, type TaskRecord } from '@/lib/diagnostic/scoring'
import { recommendedFor } from '@/lib/diagnostic/snapshot'

import { seedDefinition } from './support/diagnostic'

/** The scoring is fed the diagnostic (domains, tasks, thresholds): here the seed's, then edited ones. */
const diagnostic = seedDefinition()
const thresholds = diagnostic.thresholds
const domain = (key: string) => diagnostic.domains.find((d) => d.key === key)!

const ok = (task: string, attempts = 1, helpUsed = false): TaskRecord => ({
  task,
  outcome: 'success',
  attempts,
  seconds: 10,
  helpUsed,
})
const skip = (task: string): TaskRecord => ({ task, outcome: 'skipped', attempts: 0, seconds: 5, helpUsed: false })

/** Runs the adaptive simulator with a scripted person who answers each task as `answer` decides. */
function run(answer: (task: string) => TaskRecord, definition: DiagnosticDefinition = diagnostic): TaskRecord[] {
  const records: TaskRecord[] = []
  for (let task = nextTask(definition, records); task; task = nextTask(definition, records))
    records.push(answer(task.key))
  return records
}

describe('the seed’s task set', () => {
  it('has at least 12 tasks over at least 5 domains, each domain with a task', () => {
    expect(allTasks(diagnostic).length).toBeGreaterThanOrEqual(12)
    expect(diagnostic.domains.length).toBeGreaterThanOrEqual(5)
    for (const d of diagnostic.domains) expect(d.tasks.length).toBeGreaterThan(0)
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
    const device = domain('device')
    expect(domainLevel(device, [ok('tap'), ok('scroll'), ok('doubleClick'), ok('drag')], thresholds)).toBe(3)
    expect(domainLevel(device, [ok('tap'), ok('scroll'), skip('doubleClick'), ok('drag')], thresholds)).toBe(1)
    expect(domainLevel(device, [skip('tap'), ok('scroll')], thresholds)).toBe(0)
    expect(domainLevel(device, [], thresholds)).toBe(0)
  })

  it('passes through difficulties without tasks, and half-done tasks give the level below', () => {
    expect(domainLevel(domain('admin'), [ok('form')], thresholds)).toBe(3)
    expect(domainLevel(domain('admin'), [ok('form', 3)], thresholds)).toBe(2)
    expect(domainLevel(domain('admin'), [skip('form')], thresholds)).toBe(0)
  })

  it('follows the diagnostic’s thresholds: stricter ones make a retry not enough', () => {
    const strict = { mastered: 1, partial: 0.75 }
    expect(domainLevel(domain('admin'), [ok('form', 2)], strict)).toBe(2)
    expect(domainLevel(domain('admin'), [ok('form', 3)], strict)).toBe(0)
    expect(domainLevel(domain('admin'), [ok('form', 2)], thresholds)).toBe(3)
  })

  it('reads the difficulties the editor set, not the screens', () => {
    const edited: DiagnosticDomain = {
      ...domain('admin'),
      tasks: [{ ...domain('admin').tasks[0]!, difficulty: 1 }],
    }
    expect(domainLevel(edited, [ok('form')], thresholds)).toBe(1)
  })
})

describe('the adaptive rule', () => {
  it('starts each domain at its medium task', () => {
    expect(nextTask(diagnostic, [])?.key).toBe('scroll')
  })

  it('a scripted beginner meets two tasks at most per domain, and gets level 0 or 1', () => {
    // Can tap and type a name; nothing else.
    const records = run((task) =>
      ['tap', 'typeName', 'link', 'findMessage'].includes(task) ? ok(task, 2) : skip(task),
    )
    const perDomain = new Map<string, number>()
    for (const r of records) {
      const d = allTasks(diagnostic).find((t) => t.key === r.task)!.domain
      perDomain.set(d, (perDomain.get(d) ?? 0) + 1)
    }
    for (const count of perDomain.values()) expect(count).toBeLessThanOrEqual(2)
    const result = levels(diagnostic, withInferred(diagnostic, records))
    expect(result.domains).toEqual({ device: 1, typing: 1, browser: 1, email: 1, admin: 0, safety: 0 })
    expect(result.overall).toBe(0)
  })

  it('a scripted autonomous person skips the easy tasks and reaches level 3', () => {
    const records = run((task) => ok(task))
    const ran = records.map((r) => r.task)
    for (const easy of ['tap', 'typeName', 'link', 'findMessage']) expect(ran).not.toContain(easy)
    const result = levels(diagnostic, withInferred(diagnostic, records))
    expect(Object.values(result.domains)).toEqual([3, 3, 3, 3, 3, 3])
    expect(result.overall).toBe(3)
  })

  it('stops going up at the first task not mastered, and counts the rest as not mastered', () => {
    const records = run((task) => (task === 'doubleClick' ? skip(task) : ok(task)))
    const device = withInferred(diagnostic, records).filter((r) =>
      ['tap', 'scroll', 'doubleClick', 'drag'].includes(r.task),
    )
    expect(device.find((r) => r.task === 'drag')).toMatchObject({ inferred: 'notMastered' })
    expect(device.find((r) => r.task === 'tap')).toMatchObject({ inferred: 'mastered' })
    expect(domainLevel(domain('device'), device, thresholds)).toBe(1)
  })

  it('infers nothing as mastered in a domain where nothing was run or passed', () => {
    expect(levels(diagnostic, withInferred(diagnostic, [ok('tap')])).domains).toEqual({
      device: 1,
      typing: 0,
      browser: 0,
      email: 0,
      admin: 0,
      safety: 0,
    })
  })

  it('runs the domains and tasks of the diagnostic it is given: an edited one with two domains', () => {
    const edited: DiagnosticDefinition = {
      ...diagnostic,
      domains: [
        { ...domain('safety'), key: 'vigilance', title: 'Vigilance' },
        { ...domain('typing'), tasks: domain('typing').tasks.slice(0, 1) },
      ],
    }
    const records = run((task) => ok(task), edited)
    expect(records.map((r) => r.task)).toEqual(['phishing', 'unsafeSite', 'typeName'])
    expect(levels(edited, withInferred(edited, records))).toEqual({ domains: { vigilance: 3, typing: 1 }, overall: 2 })
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

  it('recommends what the diagnostic sets for each priority domain at its level', () => {
    const withRecommendations: DiagnosticDefinition = {
      ...diagnostic,
      domains: diagnostic.domains.map((d) =>
        d.key === 'email' ? { ...d, recommendations: [{ level: 0, modules: [7, 8], parcours: [2] }] } : d,
      ),
    }
    expect(
      recommendedFor(withRecommendations, {
        domains: { device: 3, typing: 2, browser: 1, email: 0, admin: 0, safety: 3 },
        overall: 1,
      }),
    ).toEqual([
      { domain: 'email', modules: [7, 8], parcours: [2] },
      { domain: 'admin', modules: [], parcours: [] },
    ])
  })
})
