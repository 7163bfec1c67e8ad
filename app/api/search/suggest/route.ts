import { getPathname } from '@/i18n/navigation'
import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload/client'
import { hitHref } from '@/lib/search/hitHref'
import { suggestTitles } from '@/lib/search/site'

export const dynamic = 'force-dynamic'

/** GET /api/search/suggest?q=…&locale=fr: the titles the search field lists while someone types. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const locale = params.get('locale')
  if (!isLocale(locale))
    return Response.json({ errors: [{ message: 'locale must be "fr" or "nl".' }] }, { status: 400 })
  const hits = await suggestTitles(await getPayloadClient(), locale, params.get('q') ?? '')
  return Response.json(
    {
      suggestions: hits.map((hit) => ({
        title: hit.title,
        kind: hit.kind,
        href: getPathname({ href: hitHref(hit), locale }),
      })),
    },
    // Short and shared: the same letters typed by many people give the same list, and it follows publishing.
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  )
}
