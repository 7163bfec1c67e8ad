'use server'

import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'

import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { errorState, okState } from '@/lib/forms/state'
import { spamCheck } from '@/lib/forms/spam'
import { checkEmail } from '@/lib/members/validation'
import type { FieldErrors } from '@/lib/forms/types'
import { getPayloadClient } from '@/lib/payload/client'
import { subscribe } from './subscribe'
import { actionForm } from '@/lib/http/actionArgs'

async function check(
  form: FormData,
): Promise<{ email: string; errors: FieldErrors; spam: 'ok' | 'bot' | 'limited' | null }> {
  const email = String(form.get('email') ?? '')
    .trim()
    .toLowerCase()
  const errors: FieldErrors = {}
  checkEmail(errors, email, true)
  return { email, errors, spam: Object.keys(errors).length ? null : await spamCheck(form) }
}

/** The subscription form (newsletter page, article pages): step 1 of the double opt-in. */
export async function subscribeAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const { email, errors, spam } = await check(form)
  if (Object.keys(errors).length) return errorState(errors, form)
  if (spam === 'limited') return errorState({ form: 'rateLimited' }, form)
  if (spam === 'ok') await subscribe(await getPayloadClient(), email, locale)
  return okState((await getTranslations({ locale, namespace: 'newsletter' }))('pending'))
}

/**
 * The footer's form works without any JavaScript on the page: it answers with a redirect to the newsletter
 * page, which shows the result, or the error next to the field with what was typed.
 */
export async function footerSubscribeAction(locale: Locale, form: FormData): Promise<void> {
  actionForm(locale, form)
  const { email, errors, spam } = await check(form)
  const page = getPathname({ href: '/newsletter', locale })
  if (errors.email)
    redirect(`${page}?${new URLSearchParams({ email: String(form.get('email') ?? ''), erreur: errors.email })}`)
  if (spam === 'limited') redirect(`${page}?${new URLSearchParams({ email, erreur: 'rateLimited' })}`)
  if (spam === 'ok') await subscribe(await getPayloadClient(), email, locale)
  redirect(`${page}?etat=envoye`)
}
