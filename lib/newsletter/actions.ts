'use server'

import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { spamCheck } from '@/lib/forms/spam'
import { failureState, formField, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm } from '@/lib/http/actionArgs'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { normalizeEmail } from '@/lib/members/validation'
import { getPayloadClient } from '@/lib/payload/client'
import { subscribeToNewsletter } from './subscribe-to-newsletter'

/** Step 1 of the double opt-in (subscribe-to-newsletter.ts), from a form that shows its own result. */
async function subscribeFrom(locale: Locale, form: FormData) {
  return subscribeToNewsletter({
    payload: await getPayloadClient(),
    actor: null,
    input: { email: formField(form, 'email'), language: locale, origin: await requestOrigin() },
    spam: () => spamCheck(form),
  })
}

/** The subscription form (newsletter page, article pages). */
export async function subscribeAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const result = await subscribeFrom(locale, form)
  if (!result.ok) return failureState(result.error, form)
  return okState((await getTranslations({ locale, namespace: 'newsletter' }))('pending'))
}

/**
 * The footer's form works without any JavaScript on the page: it answers with a redirect to the newsletter
 * page, which shows the result, or the error next to the field with what was typed.
 */
export async function footerSubscribeAction(locale: Locale, form: FormData): Promise<void> {
  actionForm(locale, form)
  const result = await subscribeFrom(locale, form)
  const page = getPathname({ href: '/newsletter', locale })
  if (!result.ok) {
    // A wrong address comes back as typed, next to the field; any other refusal (too many tries) above the form.
    const typed = formField(form, 'email')
    const { email: fieldError, form: formError = 'rejected' } = result.error.fields
    const query = fieldError
      ? { email: typed, erreur: fieldError }
      : { email: normalizeEmail(typed), erreur: formError }
    redirect(`${page}?${new URLSearchParams(query)}`)
  }
  redirect(`${page}?etat=envoye`)
}
