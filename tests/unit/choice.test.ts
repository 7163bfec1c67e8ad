import { describe, expect, it } from 'vitest'

import { firstTryScore, isChoiceCorrect } from '@/lib/formation/choice'

const single = [
  { id: 'a', correct: false },
  { id: 'b', correct: true },
]
const multiple = [
  { id: 'a', correct: true },
  { id: 'b', correct: false },
  { id: 'c', correct: true },
]

describe('isChoiceCorrect', () => {
  it('accepts the right single answer only', () => {
    expect(isChoiceCorrect(single, ['b'])).toBe(true)
    expect(isChoiceCorrect(single, ['a'])).toBe(false)
    expect(isChoiceCorrect(single, [])).toBe(false)
  })

  it('requires exactly the correct set for multiple choice', () => {
    expect(isChoiceCorrect(multiple, ['a', 'c'])).toBe(true)
    expect(isChoiceCorrect(multiple, ['c', 'a'])).toBe(true)
    expect(isChoiceCorrect(multiple, ['a'])).toBe(false)
    expect(isChoiceCorrect(multiple, ['a', 'b', 'c'])).toBe(false)
  })
})

describe('firstTryScore', () => {
  it('counts questions answered right at the first attempt', () => {
    expect(
      firstTryScore([
        { attempts: 1, correct: true, firstTry: true },
        { attempts: 2, correct: true, firstTry: false },
        { attempts: 0, correct: false, firstTry: false },
      ]),
    ).toBe(1)
  })
})
