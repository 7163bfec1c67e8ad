import { describe, expect, it } from 'vitest'

import { isOpenAt } from '@/lib/map/hours'
import {
  addDays,
  brusselsClock,
  brusselsDay,
  brusselsMonth,
  endOfBrusselsDay,
  formatBrussels,
  startOfBrusselsDay,
  startOfBrusselsMonth,
} from '@/lib/time/brussels'
import { checkWorkshop, endOfDay, expiryError, latestExpiry } from '@/lib/workshops/validation'

/**
 * Brussels time at both clock changes: 2026-10-25 and 2027-10-31 (03:00 → 02:00, a 25-hour day) and
 * 2027-03-28 (02:00 → 03:00, a 23-hour day). Written so that the old `+01:00` and UTC readings fail.
 */
describe('the day in Brussels', () => {
  it('is already tomorrow just after midnight Brussels, summer and winter', () => {
    expect(brusselsDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
    expect(brusselsDay(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30')
    expect(brusselsDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(brusselsMonth(new Date('2026-10-31T23:30:00Z'))).toBe('2026-11')
  })

  it('follows the October change (25 hours)', () => {
    expect(startOfBrusselsDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z')
    expect(endOfBrusselsDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.000Z')
    expect(startOfBrusselsDay('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z')
    expect(endOfBrusselsDay('2027-10-31').toISOString()).toBe('2027-10-31T22:59:59.000Z')
    expect(brusselsDay(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25')
    expect(brusselsDay(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-26')
  })

  it('follows the March change (23 hours)', () => {
    expect(startOfBrusselsDay('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z')
    expect(endOfBrusselsDay('2027-03-28').toISOString()).toBe('2027-03-28T21:59:59.000Z')
    expect(endOfBrusselsDay('2027-03-27').toISOString()).toBe('2027-03-27T22:59:59.000Z')
    expect(brusselsDay(new Date('2027-03-28T22:30:00Z'))).toBe('2027-03-29')
  })

  it('counts calendar days and months across the changes', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28')
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29')
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26')
    expect(addDays('2026-07-01', -1)).toBe('2026-06-30')
    expect(startOfBrusselsMonth(new Date('2026-11-15T12:00:00Z'), 11).toISOString()).toBe('2025-11-30T23:00:00.000Z')
    expect(startOfBrusselsMonth(new Date('2026-07-01T00:30:00+02:00')).toISOString()).toBe('2026-06-30T22:00:00.000Z')
  })

  it('reads the clock in Brussels for opening hours', () => {
    // Monday 2027-03-29, 09:30 in Brussels (07:30Z in summer time).
    expect(brusselsClock(new Date('2027-03-29T07:30:00Z'))).toEqual({ day: 'mon', time: '09:30' })
    expect(brusselsClock(new Date('2027-03-28T01:30:00Z'))).toEqual({ day: 'sun', time: '03:30' })
    const hours = [{ day: 'mon', opens: '09:00', closes: '12:00' }]
    expect(isOpenAt(hours, new Date('2027-03-29T07:30:00Z'))).toBe(true)
    expect(isOpenAt(hours, new Date('2027-03-29T06:30:00Z'))).toBe(false)
    expect(isOpenAt(hours, new Date('2026-11-02T08:30:00Z'))).toBe(true)
  })

  it('writes dates and times in French and Dutch, in Brussels time', () => {
    const late = new Date('2026-06-30T22:30:00Z')
    expect(formatBrussels(late, 'fr')).toBe('1 juillet 2026')
    expect(formatBrussels(late, 'nl')).toBe('1 juli 2026')
    const time = { hour: '2-digit', minute: '2-digit' } as const
    expect(formatBrussels('2027-10-31T00:30:00Z', 'fr', time)).toBe('02:30')
    expect(formatBrussels('2027-10-31T01:30:00Z', 'fr', time)).toBe('02:30')
    expect(formatBrussels('2027-03-28T01:30:00Z', 'nl', time)).toBe('03:30')
  })
})

describe('workshop codes in Brussels time', () => {
  const workshop = { title: 'Atelier', modules: [1], parcours: [], diagnostic: '' as const }

  it('dates a workshop created at 00:15 Brussels on that day', () => {
    const now = new Date('2026-07-01T00:15:00+02:00')
    const today = brusselsDay(now)
    expect(today).toBe('2026-07-01')
    expect(checkWorkshop({ ...workshop, date: '2026-07-01', expiresAt: '2026-07-01' }, today)).toEqual({})
  })

  it('keeps a code expiring "2026-07-10" working until 23:59:59 Brussels (+02:00)', () => {
    const expiresAt = endOfDay('2026-07-10')
    expect(expiresAt.toISOString()).toBe(new Date('2026-07-10T23:59:59+02:00').toISOString())
    expect(expiryError(expiresAt.toISOString(), new Date('2026-07-10T23:30:00+02:00'))).toBeNull()
    expect(expiryError(expiresAt.toISOString(), new Date('2026-07-11T00:00:00+02:00'))).toBe('expiryPast')
  })

  it('ends the day of a code on the clock-change days', () => {
    expect(endOfDay('2027-03-28').toISOString()).toBe('2027-03-28T21:59:59.000Z')
    expect(endOfDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.000Z')
  })

  it('allows a code up to the end of the 90th day in Brussels', () => {
    // 00:30 on 1 July in Brussels: the 90th day is 29 September, in summer time.
    expect(latestExpiry(new Date('2026-06-30T22:30:00Z')).toISOString()).toBe('2026-09-29T21:59:59.000Z')
  })
})
