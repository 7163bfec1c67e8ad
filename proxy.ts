import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import { routing } from './i18n/routing'
import { catalogueViewSegment } from './lib/catalogue/view'

const intl = createMiddleware(routing)
const cataloguePaths = new Map(
  routing.locales.map((locale) => [`/${locale}${routing.pathnames['/catalogue'][locale]}`, locale]),
)

/**
 * Locale detection and localized pathnames for every site page; Payload (/admin, /api) and assets are left
 * alone. The catalogue, our busiest page, takes a shorter path: views without a text search go straight to
 * their cached page (lib/catalogue/view.ts).
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  const locale = cataloguePaths.get(pathname.replace(/\/$/, ''))
  if (locale) {
    const segment = catalogueViewSegment(Object.fromEntries(groupParams(searchParams)))
    const target =
      segment === null ? `/${locale}/catalogue${request.nextUrl.search}` : `/${locale}/catalogue/v/${segment}`
    return NextResponse.rewrite(new URL(target, request.url))
  }
  return intl(request)
}

function groupParams(params: URLSearchParams): Map<string, string[]> {
  const grouped = new Map<string, string[]>()
  for (const [key, value] of params) grouped.set(key, [...(grouped.get(key) ?? []), value])
  return grouped
}

export const config = {
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
