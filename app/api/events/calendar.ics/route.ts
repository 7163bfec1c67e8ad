import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { icsCalendar } from '@/lib/events/ics'
import { translator } from '@/lib/i18n/translator'
import { getPayloadClient } from '@/lib/payload/client'
import { siteUrl } from '@/lib/seo/siteUrl'

/** The iCal feed of upcoming events, to subscribe to in a calendar application (?locale=nl for Dutch titles). */
export async function GET(request: Request) {
  const requested = new URL(request.url).searchParams.get('locale')
  const locale = isLocale(requested) ? requested : 'fr'
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: { endsAt: { greater_than_equal: new Date(Date.now() - 30 * 86_400_000).toISOString() } },
    sort: 'startsAt',
    limit: 200,
    locale,
    depth: 0,
    overrideAccess: false,
  })
  const events = docs.map((event) => ({
    ...event,
    location: event.place || event.onlineUrl,
    url: `${siteUrl()}${getPathname({ href: { pathname: '/evenements/[slug]', params: { slug: event.slug } }, locale })}`,
  }))
  return new Response(icsCalendar(events, translator(locale, 'events')('calendarName')), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'public, max-age=600' },
  })
}
