import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'
import type { FieldErrors } from '@/lib/forms/types'
import { lengths } from '@/fields/lengths'
import { addDays, brusselsDay, endOfBrusselsDay } from '@/lib/time/brussels'

/** A code lives at most this long: workshops are short series, and old codes must not stay guessable. */
export const maxDaysOpen = 90

/** Also the `maxLength` of the workshops' title field, so the form and REST agree. */
export const workshopTitleMaxLength = lengths.title

export type WorkshopInput = {
  title: string
  date: string
  expiresAt: string
  modules: number[]
  parcours: number[]
  diagnostic: '' | 'simulator' | 'situation'
}

/** A day as a date input sends it: "2026-11-24", and a real date. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  // A real calendar day: Date.parse rolls "2026-02-31" over to March, which date-fns then refuses.
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Checks a workshop form; the dates are days ("2026-11-24"), the code is valid until the end of its expiry day. */
export function checkWorkshop(input: WorkshopInput, today: string): FieldErrors {
  const errors: FieldErrors = {}
  if (!input.title.trim()) errors.title = 'required'
  else if (input.title.trim().length > workshopTitleMaxLength) errors.title = 'tooLong'
  if (!input.date) errors.date = 'required'
  else if (!isDay(input.date)) errors.date = 'date'
  if (!input.expiresAt) errors.expiresAt = 'required'
  else if (!isDay(input.expiresAt)) errors.expiresAt = 'date'
  else if (input.expiresAt < today) errors.expiresAt = 'expiryPast'
  else if (!errors.date && input.date && input.expiresAt < input.date) errors.expiresAt = 'expiryBeforeDate'
  else if (Date.parse(input.expiresAt) - Date.parse(today) > maxDaysOpen * 86_400_000) errors.expiresAt = 'expiryTooFar'
  if (!input.modules.length && !input.parcours.length && !input.diagnostic) errors.modules = 'shareSomething'
  return errors
}

/** The end of the expiry day in Belgium, summer or winter (the code still works on the evening of that day). */
export function endOfDay(day: string): Date {
  return endOfBrusselsDay(day)
}

/** The latest a code may expire: the end of the day 90 days from today in Belgium, as the form counts days. */
export function latestExpiry(now: Date): Date {
  return endOfDay(addDays(brusselsDay(now), maxDaysOpen))
}

/**
 * What is wrong with a workshop's expiry as the collection receives it (an ISO date), by the form's error
 * keys; null when it is fine: after now, and at most 90 days ahead.
 */
export function expiryError(value: unknown, now: Date): 'required' | 'date' | 'expiryPast' | 'expiryTooFar' | null {
  if (value === null || value === undefined || value === '') return 'required'
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN
  if (Number.isNaN(time)) return 'date'
  if (time <= now.getTime()) return 'expiryPast'
  if (time > latestExpiry(now).getTime()) return 'expiryTooFar'
  return null
}

/** A form error sentence for Payload's own messages (admin and API), in the request's language. */
export function formError(key: keyof typeof fr.forms.errors, req: { i18n?: { language?: string } }): string {
  return (req.i18n?.language === 'nl' ? nl : fr).forms.errors[key]
}
