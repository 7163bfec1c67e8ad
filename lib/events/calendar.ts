import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { notFound } from '@/lib/errors'
import { translator } from '@/lib/i18n/translator'
import { fail, ok, type Result } from '@/lib/result'
import type { Event } from '@/payload-types'
import { findCalendarEvents, findPublishedEvent } from './find'
import { icsCalendar, type IcsEvent } from './ics'

/** An event as a calendar entry: where it happens, and its page on the site (`origin`: the request's public one). */
function entry(event: Event, locale: Locale, origin: string): IcsEvent {
  const page = getPathname({ href: { pathname: '/evenements/[slug]', params: { slug: event.slug } }, locale })
  return { ...event, location: event.place || event.onlineUrl, url: `${origin}${page}` }
}

/** The iCal feed of upcoming events (the public rule applies), to subscribe to in a calendar application. */
export async function calendarFeed(payload: Payload, locale: Locale, origin: string): Promise<string> {
  const events = await findCalendarEvents(payload, locale)
  return icsCalendar(
    events.map((event) => entry(event, locale, origin)),
    translator(locale, 'events')('calendarName'),
  )
}

/** One published event as an .ics file, to add to a calendar; not found for any other slug. */
export async function eventIcs(
  payload: Payload,
  locale: Locale,
  slug: string,
  origin: string,
): Promise<Result<string>> {
  const event = await findPublishedEvent(payload, locale, slug)
  return event ? ok(icsCalendar([entry(event, locale, origin)], '123Digit')) : fail(notFound())
}
