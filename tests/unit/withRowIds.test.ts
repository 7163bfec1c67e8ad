import { describe, expect, it } from 'vitest'

import { withRowIds } from '@/seed/upsert'

describe('withRowIds', () => {
  it('copies row ids by position into nested arrays and blocks', () => {
    const saved = { steps: [{ id: 's1', options: [{ id: 'o1' }, { id: 'o2' }] }, { id: 's2' }], title: 'Titre' }
    const nl = { steps: [{ options: [{ label: 'Ja' }, { label: 'Nee' }] }, { title: 'Stap' }], title: 'Titel' }
    expect(withRowIds(nl, saved)).toEqual({
      steps: [
        {
          id: 's1',
          options: [
            { id: 'o1', label: 'Ja' },
            { id: 'o2', label: 'Nee' },
          ],
        },
        { id: 's2', title: 'Stap' },
      ],
      title: 'Titel',
    })
  })

  it('leaves extra rows without an id', () => {
    expect(withRowIds([{ a: 1 }, { a: 2 }], [{ id: 'x' }])).toEqual([{ id: 'x', a: 1 }, { a: 2 }])
  })
})
