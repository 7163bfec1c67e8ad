'use server'

import { getTranslations } from 'next-intl/server'

import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { emailHtml, emailText } from '@/lib/email/layout'
import { errorState, okState } from '@/lib/forms/state'
import { spamCheck } from '@/lib/forms/spam'
import { checkEmail } from '@/lib/members/validation'
import type { FieldErrors } from '@/lib/forms/types'
import { getPayloadClient } from '@/lib/payload/client'
import { siteUrl } from '@/lib/seo/siteUrl'
import { findPublishedEvent } from './find'
import { formatEventDate } from './format'
import { registerForEvent } from './register'
import { actionForm } from '@/lib/http/actionArgs'
import { notFound } from 'next/navigation'
import { lengths } from '@/fields/lengths'

/** The registration form of an event: a seat while there are some, else the waiting list; a mail either way. */
export async function registerAction(locale: Locale, slug: string, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  if (typeof slug !== 'string') notFound()
  const t = await getTranslations({ locale, namespace: 'events' })
  const value = (name: string) => String(form.get(name) ?? '').trim()
  const [name, email, structure] = [value('name'), value('email').toLowerCase(), value('structure')]
  const errors: FieldErrors = {}
  if (!name) errors.name = 'required'
  else if (name.length > lengths.name) errors.name = 'tooLong'
  checkEmail(errors, email, true)
  if (structure.length > lengths.name) errors.structure = 'tooLong'
  if (Object.keys(errors).length) return errorState(errors, form)

  const spam = await spamCheck(form)
  if (spam === 'limited') return errorState({ form: 'rateLimited' }, form)
  if (spam === 'bot') return okState(t('confirmed'))
  const payload = await getPayloadClient()
  const event = await findPublishedEvent(payload, locale, slug)
  if (!event || new Date(event.endsAt) < new Date()) return errorState({ form: 'notFound' }, form)

  const result = await registerForEvent(payload, event, { name, email, structure, language: locale })
  if (result === 'already') return okState(t('already'))
  const page = `${siteUrl()}${getPathname({ href: { pathname: '/evenements/[slug]', params: { slug } }, locale })}`
  const paragraphs = [
    t('mail.hello', { name }),
    t(result === 'confirmed' ? 'mail.confirmed' : 'mail.waitlist', {
      title: event.title,
      date: formatEventDate(event, locale),
    }),
    event.onlineUrl
      ? t('mail.online', { url: event.onlineUrl })
      : event.place
        ? t('mail.place', { place: event.place })
        : '',
    t('mail.calendar', { url: `${siteUrl()}/api/events/${slug}/ics?locale=${locale}` }),
  ].filter(Boolean)
  await payload.sendEmail({
    to: email,
    subject: t(result === 'confirmed' ? 'mail.subjectConfirmed' : 'mail.subjectWaitlist', { title: event.title }),
    html: emailHtml({
      lang: locale,
      paragraphs,
      action: { label: t('mail.action'), url: page },
      footer: t('mail.footer'),
    }),
    text: emailText(paragraphs, { label: t('mail.action'), url: page }),
  })
  return okState(t(result === 'confirmed' ? 'confirmed' : 'waitlisted'))
}
