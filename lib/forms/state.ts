import 'server-only'

import { getTranslations } from 'next-intl/server'

import type { DomainError } from '@/lib/errors'
import type { FieldErrors, FormLabels, FormState } from '@/lib/forms/types'

const secret = /password|current|confirm/i

/** A form field as text ('' when absent). */
export function formField(form: FormData, name: string): string {
  return String(form.get(name) ?? '')
}

/** What was typed, to show again: everything but passwords. */
export function typedValues(form: FormData): FormState['values'] {
  const values: FormState['values'] = {}
  for (const key of new Set(form.keys())) {
    if (secret.test(key) || key.startsWith('$')) continue
    // A file is never sent back (a page cannot fill a file input); its name alone would mislead.
    const all = form.getAll(key).flatMap((v) => (typeof v === 'string' ? [v] : []))
    if (!all.length) continue
    values[key] = all.length > 1 ? all : (all[0] ?? '')
  }
  return values
}

/** Error keys (lib/members/validation.ts) become sentences in the visitor's language. */
export async function errorState(errors: FieldErrors, form: FormData): Promise<FormState> {
  const t = await getTranslations('forms.errors')
  return {
    status: 'error',
    values: typedValues(form),
    errors: Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key as 'required')])),
  }
}

/** A use case's refusal as the form shows it: its error keys, translated, next to what was typed. */
export function failureState(error: DomainError, form: FormData): Promise<FormState> {
  return errorState(error.fields, form)
}

export function okState(message: string, values: FormState['values'] = {}): FormState {
  return { status: 'ok', message, values, errors: {} }
}

export async function formLabels(): Promise<FormLabels> {
  const t = await getTranslations('forms')
  return { required: t('required'), optional: t('optional'), fixErrors: t('fixErrors') }
}
