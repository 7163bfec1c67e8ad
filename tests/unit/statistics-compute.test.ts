import { describe, expect, it } from 'vitest'

import { computeStatistics } from '@/lib/statistics/compute'
import type { ActivityRow } from '@/lib/statistics/rows'

const row = (id: number, day: string, over: Partial<ActivityRow> = {}): ActivityRow => ({
  id,
  day,
  minutes: 60,
  kind: 'individual',
  people: 1,
  aidant: 1,
  structure: 1,
  themes: ['email'],
  procedures: [],
  devices: [],
  place: 'structure',
  country: 'BE',
  region: 'BE-WAL',
  province: 'BE-WNA',
  municipality: '5000',
  gender: '',
  ageBand: '',
  situation: '',
  firstTime: '',
  autonomy: '',
  referred: false,
  person: `p${id}`,
  ...over,
})

describe('computeStatistics', () => {
  const rows = [row(1, '2026-11-12'), row(2, '2026-10-23'), row(3, '2026-10-01', { structure: 2 })]

  it('counts the period and the twelve months from the same rows (the months once came out empty)', () => {
    const stats = computeStatistics(rows, {
      scope: { kind: 'structure', structure: 1 },
      filters: { from: '2026-01-01', to: '2026-12-02' },
    })
    expect(stats.totals.activities).toBe(2)
    expect(stats.months.map((m) => m.month)).toHaveLength(12)
    expect(stats.months.find((m) => m.month === '2026-11')?.activities).toBe(1)
    expect(stats.months.find((m) => m.month === '2026-10')?.activities).toBe(1)
  })

  it('a public link shows no month before its period, and hides every group under five people', () => {
    const stats = computeStatistics(rows, {
      scope: { kind: 'platform' },
      filters: { from: '2026-11-01', to: '2026-12-02' },
      forcePrivacy: true,
    })
    expect(stats.totals.activities).toBeNull()
    expect(stats.suppressed).toBe(true)
    expect(stats.months.find((m) => m.month === '2026-10')).toMatchObject({ activities: 0, people: 0 })
    expect(stats.months.find((m) => m.month === '2026-11')).toMatchObject({ activities: null, people: null })
    expect(stats.breakdowns.theme).toEqual([{ key: 'email', activities: null, people: null }])
  })
})
