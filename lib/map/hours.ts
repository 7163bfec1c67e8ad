import { structureOptions } from '@/lib/structures/options'
import { brusselsClock } from '@/lib/time/brussels'

type Hours = { day: string; opens: string; closes: string }[] | null | undefined

const days = structureOptions.days

/** The weekday code and "HH:MM" of a moment in Belgium (and France: one time zone). */
export const localTime = brusselsClock

/** Whether a structure is open at a moment, from its weekly opening hours. Pure: unit-tested. */
export function isOpenAt(hours: Hours, date: Date | { day: string; time: string }): boolean {
  // Callers checking many structures pass the local time once: formatting a date is the costly part.
  const { day, time } = date instanceof Date ? localTime(date) : date
  return (hours ?? []).some((slot) => slot.day === day && slot.opens <= time && time < slot.closes)
}

/** Opening hours sorted by weekday then time, for display. */
export function sortedHours<T extends { day: string; opens: string }>(hours: T[] | null | undefined): T[] {
  const order = (day: string) => (days as readonly string[]).indexOf(day)
  return [...(hours ?? [])].sort((a, b) => order(a.day) - order(b.day) || a.opens.localeCompare(b.opens))
}
