'use server'

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { requireMember } from '@/lib/auth/session'
import { failureState, formField, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm, formId } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'

import { recordAccompaniment } from './record-accompaniment'

/**
 * Records one accompaniment (lib/accompaniments/record-accompaniment.ts). The form comes filled (today,
 * 30 minutes, the person of the row), so one tap on its button is enough.
 */
export async function recordAccompanimentAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  // The person is optional (an anonymous code instead); when sent, it is a well-formed id.
  const participant = formField(form, 'participant') ? formId(form, 'participant') : null
  const actor = await requireMember(locale, getPathname({ href: '/espace-aidant', locale }), { aidant: true })
  const [date, minutes, topic] = [formField(form, 'date'), Number(formField(form, 'minutes')), formField(form, 'topic')]
  const result = await recordAccompaniment({
    payload: await getPayloadClient(),
    actor,
    input: { date, minutes, topic, participant, personCode: formField(form, 'personCode') },
  })
  if (!result.ok) return failureState(result.error, form)
  const t = await getTranslations('accompaniment')
  return okState(t('recorded', { minutes }), { date, minutes: String(minutes), topic })
}
