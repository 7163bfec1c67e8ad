import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { findCalendarEvents } from '@/lib/events/find'
import { icsCalendar } from '@/lib/events/ics'
import { translator } from '@/lib/i18n/translator'
import { getPayloadClient } from '@/lib/payload/client'
import { siteUrl } from '@/lib/seo/siteUrl'

/** The iCal feed of upcoming events, to subscribe to in a calendar application (?locale=nl for Dutch titles). */
export async function GET(request: Request) {
  const requested = new URL(request.url).searchParams.get('locale')
  const locale = isLocale(requested) ? requested : 'fr'
  const payload = await getPayloadClient()
  const docs = await findCalendarEvents(payload, locale)
  const events = docs.map((event) => ({
    ...event,
    location: event.place || event.onlineUrl,
    url: `${siteUrl()}${getPathname({ href: { pathname: '/evenements/[slug]', params: { slug: event.slug } }, locale })}`,
  }))
  return new Response(icsCalendar(events, translator(locale, 'events')('calendarName')), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'public, max-age=600' },
  })
}
