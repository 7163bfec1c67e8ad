import { describe, expect, it } from 'vitest'

import { isOrderCorrect, moveItem, shuffleOrder } from '@/lib/formation/order'

describe('isOrderCorrect', () => {
  it('wants the stored order exactly', () => {
    expect(isOrderCorrect(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(true)
    expect(isOrderCorrect(['a', 'b', 'c'], ['b', 'a', 'c'])).toBe(false)
    expect(isOrderCorrect(['a', 'b', 'c'], ['a', 'b'])).toBe(false)
  })
})

describe('shuffleOrder', () => {
  it('is deterministic: the same seed gives the same order', () => {
    const items = ['a', 'b', 'c', 'd', 'e']
    expect(shuffleOrder(items, 'step-1')).toEqual(shuffleOrder(items, 'step-1'))
    expect([...shuffleOrder(items, 'step-1')].sort()).toEqual(items)
  })

  it('never returns the right order for 2 items or more', () => {
    for (let length = 2; length <= 8; length++) {
      const items = Array.from({ length }, (_, i) => `item-${i}`)
      for (let seed = 0; seed < 500; seed++) {
        const shuffled = shuffleOrder(items, `seed-${seed}`)
        expect(isOrderCorrect(items, shuffled), `${length} items, seed ${seed}`).toBe(false)
        expect([...shuffled].sort()).toEqual([...items].sort())
      }
    }
  })

  it('keeps a single item or an empty list as it is', () => {
    expect(shuffleOrder(['a'], 'x')).toEqual(['a'])
    expect(shuffleOrder([], 'x')).toEqual([])
  })
})

describe('moveItem', () => {
  it('moves an item up or down, within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c'])
  })
})
