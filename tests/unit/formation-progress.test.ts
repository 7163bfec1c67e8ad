import { describe, expect, it } from 'vitest'

import { restoreSeconds, restoreStates, startIndex, stepRecord } from '@/components/formation/progress'
import type { PlayerStep } from '@/components/formation/types'
import type { SavedProgress } from '@/lib/progress/types'

const base = { hint: '', learnMore: [], speech: '' }
const steps: PlayerStep[] = [
  { ...base, id: 'intro', kind: 'content', title: 'Intro', body: null, image: null, video: null },
  {
    ...base,
    id: 'q1',
    kind: 'choice',
    question: '?',
    multiple: false,
    options: [
      { id: 'a', label: 'A', correct: false, feedback: '' },
      { id: 'b', label: 'B', correct: true, feedback: '' },
    ],
    explanation: '',
  },
  { ...base, id: 'q2', kind: 'typeText', question: '?', answers: ['Répondre'], formatHint: '', explanation: '' },
  {
    ...base,
    id: 'q3',
    kind: 'order',
    instruction: '',
    items: [
      { id: 'x', label: 'X' },
      { id: 'y', label: 'Y' },
    ],
    explanation: '',
  },
]

const record = (stepId: string, kind: string, attempts: number, correct: boolean, firstTry: boolean) => ({
  stepId,
  kind,
  attempts,
  correct,
  firstTry,
  seconds: 12,
})

const saved: SavedProgress = {
  currentStep: 2,
  run: 1,
  status: 'in_progress',
  steps: {
    intro: record('intro', 'content', 0, true, false),
    q1: record('q1', 'choice', 2, true, false),
    q2: record('q2', 'typeText', 1, false, false),
  },
}

describe('resuming a formation', () => {
  it('shows a question answered right as answered right, with a right answer', () => {
    const states = restoreStates(steps, saved)
    expect(states.q1).toEqual({ answer: ['b'], checked: true, correct: true, attempts: 2, firstTry: false })
  })

  it('lets a question answered wrong be answered again, counting its attempts on', () => {
    expect(restoreStates(steps, saved).q2).toEqual({
      answer: '',
      checked: false,
      correct: false,
      attempts: 1,
      firstTry: false,
    })
  })

  it('leaves untouched questions and content steps fresh', () => {
    const states = restoreStates(steps, saved)
    expect(states.q3).toBeUndefined()
    expect(states.intro).toBeUndefined()
    expect(restoreStates(steps, undefined)).toEqual({})
  })

  it('ignores a record of another kind (the step was changed since)', () => {
    const changed = { ...saved, steps: { q1: record('q1', 'order', 1, true, true) } }
    expect(restoreStates(steps, changed)).toEqual({})
  })

  it('starts at the saved step, within the formation', () => {
    expect(startIndex(steps, saved)).toBe(2)
    expect(startIndex(steps, { ...saved, currentStep: 99 })).toBe(3)
    expect(startIndex(steps, undefined)).toBe(0)
    expect(startIndex(steps, { ...saved, status: 'completed', currentStep: 4 })).toBe(4)
    expect(restoreSeconds(saved)).toEqual({ intro: 12, q1: 12, q2: 12 })
  })
})

describe('stepRecord', () => {
  it('records a content step as read, without attempts', () => {
    expect(stepRecord(steps[0]!, undefined, 4.4)).toEqual({
      stepId: 'intro',
      kind: 'content',
      attempts: 0,
      correct: true,
      firstTry: false,
      seconds: 4,
    })
  })

  it('records a question with its cumulative state', () => {
    const state = { answer: ['b'], checked: true, attempts: 1, correct: true, firstTry: true }
    expect(stepRecord(steps[1]!, state, 30.6)).toEqual({
      ...record('q1', 'choice', 1, true, true),
      seconds: 31,
    })
  })
})
