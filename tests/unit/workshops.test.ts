import { describe, expect, it } from 'vitest'

import { RateLimiter } from '@/lib/auth/rateLimit'
import { applyEvents, freshState } from '@/lib/progress/merge'
import { levelsGained, themeProgress } from '@/lib/progress/levels'
import { codeAlphabet, displayCode, isWellFormedCode, newCode, normalizeCode } from '@/lib/workshops/code'
import { checkWorkshop } from '@/lib/workshops/validation'
import { participantToken, verifyParticipantToken } from '@/lib/workshops/session'

process.env.PAYLOAD_SECRET ||= 'unit-test-secret'

describe('access codes', () => {
  it('have 6 characters without look-alikes, and are typed back however they are written', () => {
    let seed = 0
    const code = newCode((max) => seed++ % max)
    expect(isWellFormedCode(code)).toBe(true)
    expect(codeAlphabet).not.toMatch(/[01258BILOSZ]/)
    expect(normalizeCode(` ${displayCode(code).toLowerCase()} `)).toBe(code)
    expect(normalizeCode('k7m-p3q')).toBe('K7MP3Q')
    expect(isWellFormedCode('K7MP3O')).toBe(false)
  })
})

describe('guessing codes', () => {
  it('only wrong codes count: after the limit the address waits, right codes never use it up', async () => {
    const wrongCodes = new RateLimiter(3, 60_000)
    for (let i = 0; i < 3; i++) {
      expect(await wrongCodes.exhausted('1.2.3.4', 1000)).toBe(false)
      await wrongCodes.take('1.2.3.4', 1000)
    }
    expect(await wrongCodes.exhausted('1.2.3.4', 1000)).toBe(true)
    expect(await wrongCodes.exhausted('5.6.7.8', 1000)).toBe(false)
    expect(await wrongCodes.exhausted('1.2.3.4', 62_000)).toBe(false)
  })
})

describe('participant session token', () => {
  const later = new Date(Date.now() + 3_600_000)
  it('proves the participant it was made for, until it expires', () => {
    const token = participantToken(42, later)
    expect(verifyParticipantToken(token)).toBe(42)
    expect(verifyParticipantToken(token, later.getTime() + 1000)).toBeNull()
  })
  it('refuses a changed id, a forged signature or garbage', () => {
    const [, expires, signature] = participantToken(42, later).split('.')
    expect(verifyParticipantToken(`43.${expires}.${signature}`)).toBeNull()
    expect(verifyParticipantToken(`42.${expires}.AAAA`)).toBeNull()
    expect(verifyParticipantToken('nonsense')).toBeNull()
    expect(verifyParticipantToken(undefined)).toBeNull()
  })
})

describe('workshop form', () => {
  const ok = {
    title: 'Mardi',
    date: '2026-11-24',
    expiresAt: '2026-12-01',
    modules: [1],
    parcours: [],
    diagnostic: '' as const,
  }
  it('accepts a complete workshop', () => expect(checkWorkshop(ok, '2026-11-23')).toEqual({}))
  it('says what is wrong, field by field', () => {
    expect(checkWorkshop({ ...ok, title: ' ', modules: [] }, '2026-11-23')).toEqual({
      title: 'required',
      modules: 'shareSomething',
    })
    expect(checkWorkshop({ ...ok, expiresAt: '2026-11-20' }, '2026-11-23')).toEqual({ expiresAt: 'expiryPast' })
    expect(checkWorkshop({ ...ok, expiresAt: '2026-11-23' }, '2026-11-23')).toEqual({ expiresAt: 'expiryBeforeDate' })
    expect(checkWorkshop({ ...ok, expiresAt: '2027-06-01' }, '2026-11-23')).toEqual({ expiresAt: 'expiryTooFar' })
    expect(checkWorkshop({ ...ok, date: '24/11/2026' }, '2026-11-23')).toEqual({ date: 'date' })
  })
})

describe('progress events', () => {
  const shape = { stepIds: ['a', 'b', 'c'], questionIds: ['b', 'c'] }
  const now = new Date('2026-11-23T10:00:00Z')
  const record = (stepId: string, attempts: number, correct: boolean, seconds = 5) => ({
    stepId,
    kind: 'choice',
    attempts,
    correct,
    firstTry: correct && attempts === 1,
    seconds,
  })

  it('keeps the newest state of a step, however often and in whatever order it arrives', () => {
    const events = [
      { type: 'step' as const, index: 1, record: record('b', 2, true, 9) },
      { type: 'step' as const, index: 1, record: record('b', 1, false, 4) },
    ]
    const once = applyEvents(freshState(), events, shape, now)
    const twice = applyEvents(once, events, shape, now)
    expect(twice).toEqual(once)
    expect(once).toMatchObject({ attempts: 2, seconds: 9, failed: ['b'], currentStep: 1 })
  })

  it('completes with the first-try score, and a new run keeps the completion', () => {
    const done = applyEvents(
      freshState(),
      [
        { type: 'step', index: 1, record: record('b', 1, true) },
        { type: 'step', index: 2, record: record('c', 2, true) },
        { type: 'finish', run: 1 },
      ],
      shape,
      now,
    )
    expect(done).toMatchObject({ status: 'completed', score: 1, completedAt: now.toISOString(), currentStep: 3 })
    const again = applyEvents(done, [{ type: 'restart', run: 2 }], shape, now)
    expect(again).toMatchObject({ status: 'completed', run: 2, steps: {}, currentStep: 0, attempts: 3 })
  })

  it('ignores steps that do not exist and absurd numbers', () => {
    const state = applyEvents(
      freshState(),
      [
        { type: 'step', index: 0, record: record('zzz', 1, true) },
        { type: 'step', index: 99, record: { ...record('b', 1e9, true), seconds: -5 } },
      ],
      shape,
      now,
    )
    expect(Object.keys(state.steps)).toEqual(['b'])
    expect(state).toMatchObject({ attempts: 100, seconds: 0, currentStep: 2 })
  })
})

describe('levels per theme', () => {
  const themes = [{ id: 1, title: 'E-mail', slug: 'email' }]
  const modules = [
    { id: 10, level: 0, themes: [1], title: 'A', slug: 'a' },
    { id: 11, level: 1, themes: [1], title: 'B', slug: 'b' },
    { id: 12, level: 1, themes: [1], title: 'C', slug: 'c' },
  ]
  it('gains a level when every module of that level is done, and says what is left', () => {
    const [progress] = themeProgress(themes, modules, new Set([10, 11]))
    expect(progress).toMatchObject({ reached: 0, next: { level: 1, done: 1, total: 2, remaining: [{ slug: 'c' }] } })
    expect(levelsGained(themes, modules, new Set([10, 11]), new Set([10, 11, 12]))).toEqual([
      { theme: themes[0], level: 1 },
    ])
    expect(levelsGained(themes, modules, new Set([10]), new Set([10, 11]))).toEqual([])
  })
})
