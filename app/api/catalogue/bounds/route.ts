import { isLocale } from '@/i18n/locales'
import { getCatalogueBounds } from '@/lib/catalogue/queries'
import { invalid } from '@/lib/errors'
import { errorResponse } from '@/lib/http/errorStatus'

/**
 * What exists in the public catalogue (lib/catalogue/bounds.ts), read by the proxy to keep unknown themes,
 * pages and slugs out of the page cache. Public content only, cached and expired like the catalogue.
 */
export async function GET(request: Request) {
  const locale = new URL(request.url).searchParams.get('locale') ?? ''
  if (!isLocale(locale)) return errorResponse(invalid({ locale: 'invalid' }, 'Unknown locale'))
  return Response.json(await getCatalogueBounds(locale))
}
