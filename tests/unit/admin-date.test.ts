import { describe, expect, it } from 'vitest'

import { formatAdminDate } from '@/lib/time/adminDate'

describe('admin dates', () => {
  it('shows Brussels time on a 24-hour clock, in the admin language', () => {
    // 13:35 UTC in December is 14:35 in Brussels (UTC+1).
    expect(formatAdminDate('2026-12-02T13:35:00.000Z', 'fr')).toBe('2 déc. 2026, 14:35')
    expect(formatAdminDate('2026-12-02T13:35:00.000Z', 'nl')).toBe('2 dec. 2026, 14:35')
  })

  it('follows summer time and the day change at midnight in Brussels', () => {
    expect(formatAdminDate('2026-07-01T22:30:00.000Z', 'fr')).toBe('2 juil. 2026, 00:30')
    expect(formatAdminDate('2026-07-01T22:30:00.000Z', 'fr', true)).toBe('2 juil. 2026')
  })

  it('leaves a cell without a date empty', () => {
    expect(formatAdminDate(null, 'fr')).toBe('')
    expect(formatAdminDate('not a date', 'nl')).toBe('')
  })
})
