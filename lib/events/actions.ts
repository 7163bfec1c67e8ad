'use server'

import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { spamCheck } from '@/lib/forms/spam'
import { errorState, failureState, formField, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm } from '@/lib/http/actionArgs'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'

import { registerForEvent } from './register-for-event'
import { checkRegistration } from './registration'

const message = {
  confirmed: 'confirmed',
  waitlist: 'waitlisted',
  already: 'already',
  'confirmed-unmailed': 'confirmedUnmailed',
  'waitlist-unmailed': 'waitlistedUnmailed',
} as const

/** The registration form of an event: a seat while there are some, else the waiting list; a mail either way. */
export async function registerAction(locale: Locale, slug: string, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  if (typeof slug !== 'string') notFound()
  const t = await getTranslations({ locale, namespace: 'events' })
  const input = {
    name: formField(form, 'name'),
    email: formField(form, 'email'),
    structure: formField(form, 'structure'),
  }
  // Checked before the spam check too, so that a mistyped form costs no registration from the address's share.
  const errors = checkRegistration(input)
  if (Object.keys(errors).length) return errorState(errors, form)
  const spam = await spamCheck(form)
  if (spam === 'limited') return errorState({ form: 'rateLimited' }, form)
  if (spam === 'bot') return okState(t('confirmed'))
  const result = await registerForEvent({
    payload: await getPayloadClient(),
    actor: null,
    input: { ...input, slug, locale, origin: await requestOrigin() },
  })
  if (!result.ok) return failureState(result.error, form)
  return okState(t(message[result.value]))
}
