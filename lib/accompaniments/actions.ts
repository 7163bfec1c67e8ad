'use server'

import { getTranslations } from 'next-intl/server'

import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { requireMember } from '@/lib/auth/session'
import { errorState, formField, okState } from '@/lib/forms/state'
import { actionForm, formId } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { refusalOf } from '@/lib/payload/errors'
import { isDay } from '@/lib/workshops/validation'
import { accompanimentTopics } from './topics'
import { personCodeMaxLength } from '@/lib/accompaniments/personCode'

/**
 * Records one accompaniment. The form comes filled (today, 30 minutes, the person of the row), so one tap
 * on its button is enough; the person is a participant the aidant can see, or an anonymous code.
 */
export async function recordAccompanimentAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  // The person is optional (an anonymous code instead); when sent, it is a well-formed id.
  if (formField(form, 'participant')) formId(form, 'participant')
  const member = await requireMember(locale, getPathname({ href: '/espace-aidant', locale }), { aidant: true })
  const payload = await getPayloadClient()
  const errors: Record<string, string> = {}
  const date = formField(form, 'date')
  const minutes = Number(formField(form, 'minutes'))
  const topic = formField(form, 'topic')
  const participant = Number(formField(form, 'participant')) || null
  const personCode = formField(form, 'personCode').trim().slice(0, personCodeMaxLength)
  if (!isDay(date)) errors.date = date ? 'date' : 'required'
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600) errors.minutes = 'minutes'
  if (!accompanimentTopics.some((t) => t.value === topic)) errors.topic = 'required'
  if (!member.structure) errors.form = 'noStructure'
  // The participant must be one this aidant may see (their structure, shared): read with their own rights.
  const seen = participant
    ? await payload.findByID({
        collection: 'workshop-participants',
        id: participant,
        depth: 0,
        user: member,
        overrideAccess: false,
        disableErrors: true,
      })
    : null
  if (participant && !seen) errors.form = 'notAllowed'
  if (Object.keys(errors).length) return errorState(errors, form)
  try {
    // The aidant's own rights decide (access/aidantWithStructure.ts); the collection's hook sets the aidant,
    // the structure and the learner's account from the participant (lib/accompaniments/hooks.ts).
    await payload.create({
      collection: 'accompaniments',
      data: {
        date: new Date(`${date}T12:00:00Z`).toISOString(),
        topic: topic as (typeof accompanimentTopics)[number]['value'],
        minutes,
        participant: seen?.id ?? null,
        personCode: seen ? null : personCode || null,
        aidant: member.id,
        structure: 0,
      },
      user: member,
      overrideAccess: false,
    })
  } catch (error) {
    const refused = refusalOf(error, ['date', 'minutes', 'topic'])?.fields ?? null
    if (!refused) throw error
    return errorState(refused, form)
  }
  const t = await getTranslations('accompaniment')
  return okState(t('recorded', { minutes }), { date, minutes: String(minutes), topic })
}
