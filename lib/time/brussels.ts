/**
 * Time in Belgium. Every calendar day, month, opening hour or date shown to people is Brussels time
 * (Europe/Brussels: +01:00 in winter, +02:00 from the last Sunday of March to the last Sunday of October),
 * whatever the server's own zone. Instants stay `Date`s (UTC in the database); only their reading changes.
 * Built on date-fns and @date-fns/tz, which follow the IANA rules (tests/unit/time.test.ts at both changes).
 */
import { tz } from '@date-fns/tz'
import { addDays as addCalendarDays, endOfDay, format, parseISO, startOfDay } from 'date-fns'

import { localeTag } from '@/i18n/locales'

export const brusselsZone = 'Europe/Brussels'

const inBrussels = tz(brusselsZone)

/** A calendar day as date inputs send it and the database stores it: "2026-07-01". */
export type Day = string

/** The day it is in Brussels at that moment: 2026-06-30T22:30Z is already "2026-07-01". */
export function brusselsDay(moment: Date): Day {
  return format(moment, 'yyyy-MM-dd', { in: inBrussels })
}

/** The month it is in Brussels at that moment: "2026-11". */
export function brusselsMonth(moment: Date): string {
  return format(moment, 'yyyy-MM', { in: inBrussels })
}

/** Midnight in Brussels at the start of a day ("2026-03-28" → 2026-03-27T23:00:00Z). */
export function startOfBrusselsDay(day: Day): Date {
  return new Date(startOfDay(parseISO(day, { in: inBrussels })).getTime())
}

/** The last second of a day in Brussels ("2026-07-10" → 2026-07-10T23:59:59+02:00). */
export function endOfBrusselsDay(day: Day): Date {
  const end = endOfDay(parseISO(day, { in: inBrussels }))
  return new Date(end.getTime() - end.getMilliseconds())
}

/** The calendar day `count` days after (or before) a day: days, not 24-hour steps, across the clock changes. */
export function addDays(day: Day, count: number): Day {
  return format(addCalendarDays(parseISO(day, { in: inBrussels }), count), 'yyyy-MM-dd')
}

/** The first day of the month `monthsBack` months before the one a moment falls in, in Brussels. */
export function startOfBrusselsMonth(moment: Date, monthsBack = 0): Date {
  const [year = 0, month = 1] = brusselsMonth(moment).split('-').map(Number)
  const first = new Date(Date.UTC(year, month - 1 - monthsBack, 1))
  return startOfBrusselsDay(first.toISOString().slice(0, 10))
}

/** The weekday ("mon"…"sun") and "HH:MM" of a moment in Brussels, as opening hours are written. */
export function brusselsClock(moment: Date): { day: string; time: string } {
  return {
    day: format(moment, 'EEE', { in: inBrussels }).toLowerCase(),
    time: format(moment, 'HH:mm', { in: inBrussels }),
  }
}

/** `Intl.DateTimeFormat` for a site locale ("fr", "nl"), always reading the moment in Brussels time. */
export function brusselsFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(localeTag(locale), { ...options, timeZone: brusselsZone })
}

/** A day or a moment written for people in Brussels: "10 juillet 2026", "10 juli 2026". */
export function formatBrussels(
  moment: Date | string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return brusselsFormat(locale, options).format(typeof moment === 'string' ? new Date(moment) : moment)
}
