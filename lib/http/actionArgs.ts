import 'server-only'

import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/locales'

import { clientFault } from './clientErrors'

/**
 * Server actions can be called by anyone with any arguments (a POST with the action's id), not only by our
 * forms. An action checks the shape of what it was given first: anything else is answered with a 404 (Next
 * turns notFound() in an action into that status), never a 500 from deep inside.
 */
export function actionForm(locale: unknown, form: unknown): { locale: Locale; form: FormData } {
  if (!isLocale(locale) || !(form instanceof FormData)) notFound()
  return { locale, form }
}

/** A document id bound to an action (a positive integer with SQLite, a 24-hex ObjectId with MongoDB). */
export function actionId(value: unknown): number | string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value
  if (typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)) return value
  notFound()
}

/** Runs a write; a database error caused by the arguments (a relation to nothing) answers 404, not 500. */
export async function asClientFault<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (clientFault(error)) notFound()
    throw error
  }
}
