'use server'

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { requireMember } from '@/lib/auth/session'
import { failureState, formField, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm, formId } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'

import { logWorkshopPresence } from './log-workshop-presence'
import { recordAccompaniment } from './record-accompaniment'

const list = (form: FormData, name: string) => form.getAll(name).map(String).slice(0, 30)
const optionalId = (form: FormData, name: string) => (formField(form, name) ? formId(form, name) : null)

/**
 * Logs one activity from the full form (lib/accompaniments/record-accompaniment.ts). The form comes filled
 * (today, 30 minutes, one-to-one); what is not said stays empty, and the details are optional.
 */
export async function recordAccompanimentAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  // The person is optional (an anonymous code instead); when sent, it is a well-formed id.
  const participant = optionalId(form, 'participant')
  const workshop = optionalId(form, 'workshop')
  const actor = await requireMember(locale, getPathname({ href: '/espace-aidant', locale }), { aidant: true })
  const count = formField(form, 'participantsCount')
  const minutes = Number(formField(form, 'minutes'))
  const result = await recordAccompaniment({
    payload: await getPayloadClient(),
    actor,
    input: {
      kind: formField(form, 'kind'),
      date: formField(form, 'date'),
      minutes,
      themes: list(form, 'themes'),
      procedures: list(form, 'procedures'),
      devices: list(form, 'devices'),
      place: formField(form, 'place'),
      country: formField(form, 'country'),
      postcode: formField(form, 'postcode'),
      participant,
      personCode: formField(form, 'personCode'),
      title: formField(form, 'workshopTitle'),
      level: formField(form, 'level'),
      participantsCount: count ? Number(count) : null,
      workshop,
      gender: formField(form, 'gender'),
      ageBand: formField(form, 'ageBand'),
      situation: formField(form, 'situation'),
      residencePostcode: formField(form, 'residencePostcode'),
      firstTime: formField(form, 'firstTime'),
      autonomy: formField(form, 'autonomy'),
      referred: formField(form, 'referred') === 'on',
      referredTo: formField(form, 'referredTo'),
      notes: formField(form, 'notes'),
    },
  })
  if (!result.ok) return failureState(result.error, form)
  const t = await getTranslations('accompaniment')
  // The form starts again for the next person, keeping what is usually the same (day, kind, place).
  return okState(t('recorded', { minutes }), {
    date: formField(form, 'date'),
    minutes: '30',
    kind: formField(form, 'kind') || 'individual',
    place: formField(form, 'place') || 'structure',
    ...(workshop ? { workshop: String(workshop) } : {}),
  })
}

/** The workshop page's one tap: this learner took part in today's session (lib/accompaniments/log-workshop-presence.ts). */
export async function logWorkshopPresenceAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const [workshop, participant] = [formId(form, 'workshop'), formId(form, 'participant')]
  const actor = await requireMember(locale, getPathname({ href: '/espace-aidant', locale }), { aidant: true })
  const result = await logWorkshopPresence({
    payload: await getPayloadClient(),
    actor,
    input: { workshop, participant },
  })
  if (!result.ok) return failureState(result.error, form)
  const t = await getTranslations('accompaniment')
  return okState(t('presence', { count: result.value.participantsCount ?? 1 }))
}
