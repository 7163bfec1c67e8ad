import { describe, expect, it } from 'vitest'

import { computeStatistics, twelveMonths } from '@/lib/statistics/compute'
import { parseFilters } from '@/lib/statistics/filters'
import type { ActivityRow } from '@/lib/statistics/rows'

const row = (over: Partial<ActivityRow> & Pick<ActivityRow, 'id'>): ActivityRow => ({
  day: '2026-11-10',
  minutes: 30,
  kind: 'individual',
  people: 1,
  aidant: 1,
  structure: 10,
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
  person: '',
  ...over,
})
const year = { from: '2025-12-01', to: '2026-11-30' }

describe('parseFilters', () => {
  const now = new Date('2026-12-02T10:00:00Z')
  it('defaults to the twelve months up to today', () => {
    expect(parseFilters({}, now)).toEqual({ filters: { from: '2026-01-01', to: '2026-12-02' }, ignored: [] })
  })
  it('keeps what it knows and names what it ignored, never throwing on garbage', () => {
    const { filters, ignored } = parseFilters(
      {
        from: 'yesterday',
        to: '2026-06-30',
        country: 'FR',
        region: 'FR-HDF',
        province: "FR-59'; drop",
        municipality: '59350',
        structure: '-4',
        theme: ['procedures', 'email'],
        kind: 'x'.repeat(5000),
      },
      now,
    )
    expect(filters).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
      country: 'FR',
      region: 'FR-HDF',
      municipality: '59350',
      theme: 'procedures',
    })
    expect(ignored.sort()).toEqual(['from', 'kind', 'province', 'structure'])
  })
  it('ignores a day that is not on the calendar (it used to reach date-fns and answer 500)', () => {
    expect(parseFilters({ from: '2026-02-30', to: '2026-04-31' }, now)).toEqual({
      filters: { from: '2026-01-01', to: '2026-12-02' },
      ignored: ['to', 'from'],
    })
  })
  it('refuses a period that ends before it starts or lasts more than ten years', () => {
    expect(parseFilters({ from: '2026-05-01', to: '2026-01-01' }, now).ignored).toEqual(['from'])
    expect(parseFilters({ from: '1900-01-01', to: '2026-01-01' }, now).filters.from).toBe('2015-12-25')
  })
})

describe('computeStatistics', () => {
  const rows = [
    row({ id: 1, person: 'm1', firstTime: 'yes', gender: 'female', ageBand: '60-69', themes: ['email', 'procedures'] }),
    row({ id: 2, person: 'm1', firstTime: 'no', gender: 'female', ageBand: '60-69' }),
    row({ id: 3, minutes: 90, kind: 'collective', people: 8, themes: ['equipment'] }),
    row({ id: 4, structure: 11, aidant: 2, day: '2026-10-01', gender: 'male' }),
    row({ id: 5, day: '2024-01-01' }),
  ]

  it('counts each known person once, anonymous people per activity and workshops by their participants', () => {
    const s = computeStatistics(rows, { scope: { kind: 'platform' }, filters: year })
    expect(s.totals).toMatchObject({ activities: 4, individual: 3, collective: 1, people: 10, hours: 3, anonymous: 1 })
    // Totals of a whole scope stay shown however small; only a narrower view hides them.
    expect(s.totals.newPeople).toBe(1)
    expect(s.breakdowns.theme[0]).toEqual({ key: 'email', activities: 3, people: 2 })
    expect(s.months).toHaveLength(12)
    expect(s.months.at(-1)).toMatchObject({ month: '2026-11', activities: 3 })
  })

  it('keeps to its scope: an aidant sees their own activities, a structure its own', () => {
    expect(computeStatistics(rows, { scope: { kind: 'aidant', aidant: 2 }, filters: year }).totals.activities).toBe(1)
    const structure = computeStatistics(rows, { scope: { kind: 'structure', structure: 10 }, filters: year })
    expect(structure.totals.activities).toBe(3)
  })

  it('hides groups under five people below structure level, for personal attributes, and everywhere on public figures', () => {
    const platform = computeStatistics(rows, { scope: { kind: 'platform' }, filters: year })
    expect(platform.breakdowns.gender).toEqual([
      { key: 'female', activities: null, people: null },
      { key: 'male', activities: null, people: null },
    ])
    expect(platform.suppressed).toBe(true)
    const byTheme = computeStatistics(rows, { scope: { kind: 'platform' }, filters: { ...year, theme: 'procedures' } })
    expect(byTheme.totals.activities).toBeNull()
    const own = computeStatistics(rows, {
      scope: { kind: 'aidant', aidant: 1 },
      filters: { ...year, theme: 'procedures' },
    })
    expect(own.totals.activities).toBe(1)
    expect(own.suppressed).toBe(false)
    const forced = computeStatistics(rows, { scope: { kind: 'aidant', aidant: 1 }, filters: year, forcePrivacy: true })
    expect(forced.breakdowns.place).toEqual([{ key: 'structure', activities: 3, people: 9 }])
    expect(forced.totals.newPeople).toBeNull()
    // A public link on one month shows nothing of the months before it.
    const month = computeStatistics(rows, {
      scope: { kind: 'platform' },
      filters: { from: '2026-11-01', to: '2026-11-30' },
      forcePrivacy: true,
    })
    expect(month.months.find((m) => m.month === '2026-10')?.activities).toBe(0)
  })

  it('lists the twelve months ending with the period’s last month', () => {
    expect(twelveMonths('2026-02-15')).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ])
  })
})

describe('computeStatistics over the months', () => {
  const rows = [
    row({ id: 1, day: '2026-11-12', person: 'p1' }),
    row({ id: 2, day: '2026-10-23', person: 'p2' }),
    row({ id: 3, day: '2026-10-01', person: 'p3', structure: 2 }),
  ]

  it('counts the period and the twelve months from the same rows (the months once came out empty)', () => {
    const stats = computeStatistics(rows, {
      scope: { kind: 'structure', structure: 10 },
      filters: { from: '2026-01-01', to: '2026-12-02' },
    })
    expect(stats.totals.activities).toBe(2)
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
