import { isLocale } from '@/i18n/locales'
import { calendarFeed } from '@/lib/events/calendar'
import { publicOrigin } from '@/lib/http/origin'
import { getPayloadClient } from '@/lib/payload/client'

/** The iCal feed of upcoming events, to subscribe to in a calendar application (?locale=nl for Dutch titles). */
export async function GET(request: Request) {
  const requested = new URL(request.url).searchParams.get('locale')
  const body = await calendarFeed(
    await getPayloadClient(),
    isLocale(requested) ? requested : 'fr',
    publicOrigin(request),
  )
  return new Response(body, {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'public, max-age=600' },
  })
}
