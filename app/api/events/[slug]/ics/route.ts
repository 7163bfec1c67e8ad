import { isLocale } from '@/i18n/locales'
import { eventIcs } from '@/lib/events/calendar'
import { errorResponse } from '@/lib/http/errorStatus'
import { publicOrigin } from '@/lib/http/origin'
import { getPayloadClient } from '@/lib/payload/client'

/** One event as an .ics file, to add to a calendar (lib/events/calendar.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const requested = new URL(request.url).searchParams.get('locale')
  const result = await eventIcs(
    await getPayloadClient(),
    isLocale(requested) ? requested : 'fr',
    slug,
    publicOrigin(request),
  )
  if (!result.ok) return errorResponse(result.error)
  return new Response(result.value, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${slug}.ics"`,
    },
  })
}
