import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { deliver } from '@/lib/email/deliver'
import { emailHtml, emailText } from '@/lib/email/layout'
import { translator } from '@/lib/i18n/translator'
import type { Event } from '@/payload-types'

import { formatEventDate } from './format'

type Mail = {
  event: Pick<Event, 'slug' | 'title' | 'startsAt' | 'endsAt' | 'onlineUrl' | 'place'>
  status: 'confirmed' | 'waitlist'
  name: string
  email: string
  locale: Locale
  /** The public origin of the request that registered (lib/http/origin.ts). */
  origin: string
}

/**
 * The mail after a registration: a confirmed seat or the waiting list, with the way there and the calendar.
 * False when it could not leave (lib/email/deliver.ts).
 */
export async function sendRegistrationMail(
  payload: Payload,
  { event, status, name, email, locale, origin }: Mail,
): Promise<boolean> {
  const t = translator(locale, 'events.mail')
  const slug = event.slug
  const page = `${origin}${getPathname({ href: { pathname: '/evenements/[slug]', params: { slug } }, locale })}`
  const paragraphs = [
    t('hello', { name }),
    t(status === 'confirmed' ? 'confirmed' : 'waitlist', { title: event.title, date: formatEventDate(event, locale) }),
    event.onlineUrl ? t('online', { url: event.onlineUrl }) : event.place ? t('place', { place: event.place }) : '',
    t('calendar', { url: `${origin}/api/events/${slug}/ics?locale=${locale}` }),
  ].filter(Boolean)
  const action = { label: t('action'), url: page }
  return deliver(
    payload,
    {
      to: email,
      subject: t(status === 'confirmed' ? 'subjectConfirmed' : 'subjectWaitlist', { title: event.title }),
      html: emailHtml({ lang: locale, paragraphs, action, footer: t('footer') }),
      text: emailText(paragraphs, action),
    },
    'event registration',
  )
}
