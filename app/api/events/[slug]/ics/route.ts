import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { findPublishedEvent } from '@/lib/events/find'
import { icsCalendar } from '@/lib/events/ics'
import { getPayloadClient } from '@/lib/payload/client'
import { siteUrl } from '@/lib/seo/siteUrl'

/** One event as an .ics file, to add to a calendar. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const requested = new URL(request.url).searchParams.get('locale')
  const locale = isLocale(requested) ? requested : 'fr'
  const payload = await getPayloadClient()
  const event = await findPublishedEvent(payload, locale, slug)
  if (!event) return new Response('Not found', { status: 404 })
  const url = `${siteUrl()}${getPathname({ href: { pathname: '/evenements/[slug]', params: { slug } }, locale })}`
  const body = icsCalendar([{ ...event, location: event.place || event.onlineUrl, url }], '123Digit')
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${slug}.ics"`,
    },
  })
}
