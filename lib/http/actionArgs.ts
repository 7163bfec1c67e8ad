import 'server-only'

import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/locales'

import { clientFault } from './clientErrors'
import { integerId, objectIdPattern } from './id'

/**
 * Server actions can be called by anyone with any arguments (a POST with the action's id), not only by our
 * forms. An action checks the shape of what it was given first: anything else is answered with a 404 (Next
 * turns notFound() in an action into that status), never a 500 from deep inside.
 */
export function actionForm(locale: unknown, form: unknown): { locale: Locale; form: FormData } {
  return { locale: actionLocale(locale), form: actionFormData(form) }
}

/** The locale bound to an action. */
export function actionLocale(locale: unknown): Locale {
  if (!isLocale(locale)) notFound()
  return locale
}

/** The form an action was sent (a form action gets a FormData; a direct call can pass anything). */
export function actionFormData(form: unknown): FormData {
  if (!(form instanceof FormData)) notFound()
  return form
}

/** A document id bound to an action (a positive integer with SQLite, a 24-hex ObjectId with MongoDB). */
export function actionId(value: unknown): number | string {
  const id = typeof value === 'string' ? (objectIdPattern.test(value) ? value : null) : integerId(value)
  if (id === null) notFound()
  return id
}

/**
 * A document id sent in a form field (a hidden input of ours): its canonical positive integer, as the site's
 * forms and payload-types.ts have it. `6abc`, `-1`, `6.0` or nothing are refused rather than read as 6 or NaN.
 */
export function formId(form: FormData, name: string): number {
  const value = form.get(name)
  const id = typeof value === 'string' ? integerId(value) : null
  if (id === null) notFound()
  return id
}

/** One of the values an action knows (a profile, a decision…): anything else was not sent by our pages. */
export function actionOneOf<const T extends string>(value: unknown, values: readonly T[]): T {
  const known = values.find((v) => v === value)
  if (known === undefined) notFound()
  return known
}

/** A text bound to an action (a slug, a token from a link), of a sane length. */
export function actionText(value: unknown, maxLength = 500): string {
  if (typeof value !== 'string' || value.length > maxLength) notFound()
  return value
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
