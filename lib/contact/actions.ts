'use server'

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { spamCheck } from '@/lib/forms/spam'
import { failureState, formField, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { sendContactMessage } from './send-contact-message'

/** The contact form (send-contact-message.ts): the same thanks whether it was sent or a bot's. */
export async function contactAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const result = await sendContactMessage({
    payload: await getPayloadClient(),
    actor: null,
    input: {
      name: formField(form, 'name'),
      email: formField(form, 'email'),
      subject: formField(form, 'subject'),
      message: formField(form, 'message'),
      language: locale,
    },
    spam: () => spamCheck(form),
  })
  if (!result.ok) return failureState(result.error, form)
  return okState((await getTranslations({ locale, namespace: 'contact' }))('thanks'))
}
