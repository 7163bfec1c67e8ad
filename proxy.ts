import createMiddleware from 'next-intl/middleware'
import { type NextRequest, NextResponse } from 'next/server'

import type { Locale } from './i18n/locales'
import { pathTemplate } from './i18n/pathnames'
import { routing } from './i18n/routing'
import { type CatalogueBounds, type SlugKind, viewExists } from './lib/catalogue/bounds'
import { catalogueBounds } from './lib/catalogue/boundsClient'
import { parseCatalogueFilters, searchParamsRecord } from './lib/catalogue/filters'
import { hasMalformedEncoding } from './lib/http/encoding'
import { publicUrl } from './lib/http/origin'
import { actionBodyTooLarge, malformedActionArguments } from './lib/http/actionLimit'
import { catalogueViewSegment, parseCatalogueView } from './lib/catalogue/view'
import { defaultViewPath } from './lib/cache/defaultViews'
import { participantCookie } from './lib/workshops/cookie'

const intl = createMiddleware(routing)
const cataloguePaths = new Map(
  routing.locales.map((locale) => [`/${locale}${routing.pathnames['/catalogue'][locale]}`, locale]),
)

// Pages with a slug are cached on first request (ISR): only existing slugs may create an entry.
const slugKinds = {
  '/modules/[slug]': 'moduleSlugs',
  '/parcours/[slug]': 'parcoursSlugs',
  '/media/[slug]': 'articleSlugs',
  '/evenements/[slug]': 'eventSlugs',
  '/structures/[slug]': 'structureSlugs',
} as const satisfies Record<string, SlugKind>
const slugPages = routing.locales.flatMap((locale) =>
  (Object.keys(slugKinds) as (keyof typeof slugKinds)[]).map((href) => ({
    locale,
    prefix: `/${locale}${pathTemplate(href, locale).replace('/[slug]', '')}/`,
    kind: slugKinds[href],
  })),
)

/**
 * A 404 rendered by the locale's catch-all page, which is dynamic: Next stores the 404 of a cached route
 * (one entry per unknown URL), never this one.
 */
const notFound = (request: NextRequest, locale: string) =>
  NextResponse.rewrite(new URL(`/${locale}/introuvable-404`, request.url))

/** The bounds, read again (at most a second old) when `has` says the copy lacks what was asked for. */
async function boundsFor(request: NextRequest, locale: Locale, has: (bounds: CatalogueBounds) => boolean) {
  const bounds = await catalogueBounds(request.nextUrl.origin, locale)
  return bounds && !has(bounds) ? catalogueBounds(request.nextUrl.origin, locale, 1000) : bounds
}

/**
 * Only views and pages that exist reach the page cache (ISR). When the bounds cannot be read, a catalogue
 * view is rendered per request instead (dynamic route) and a slug page goes its normal way.
 */
async function pageCacheGate(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, searchParams, search } = request.nextUrl
  const locale = cataloguePaths.get(pathname.replace(/\/$/, ''))
  if (locale) {
    const filters = parseCatalogueFilters(searchParamsRecord(searchParams))
    const segment = catalogueViewSegment(searchParamsRecord(searchParams))
    if (segment === null) return NextResponse.rewrite(new URL(`/${locale}/catalogue${search}`, request.url))
    const bounds = await boundsFor(request, locale, (b) => viewExists(b, filters))
    if (!bounds) return NextResponse.rewrite(new URL(`/${locale}/catalogue${search}`, request.url))
    if (!viewExists(bounds, filters)) return notFound(request, locale)
    return NextResponse.rewrite(new URL(`/${locale}/catalogue/v/${segment}`, request.url))
  }
  // The cached route itself, asked for directly.
  const direct = /^\/([a-z]{2})\/catalogue\/v\/([^/]+)$/.exec(pathname)
  if (direct && (routing.locales as readonly string[]).includes(direct[1]!)) {
    const view = parseCatalogueView(direct[2]!)
    const bounds = view && (await boundsFor(request, direct[1] as Locale, (b) => viewExists(b, view)))
    return view && bounds && viewExists(bounds, view) ? null : notFound(request, direct[1]!)
  }
  // Lists without a search or filter: their cached default view.
  const defaultView = defaultViewPath(pathname, search)
  if (defaultView) return NextResponse.rewrite(new URL(defaultView, request.url))
  // Staff previewing a draft read unpublished slugs.
  if (request.cookies.has('__prerender_bypass')) return null
  const page = slugPages.find((p) => pathname.startsWith(p.prefix) && !pathname.slice(p.prefix.length).includes('/'))
  if (!page) return null
  const slug = decodeURIComponent(pathname.slice(page.prefix.length))
  const bounds = await boundsFor(request, page.locale, (b) => b[page.kind].includes(slug))
  return bounds && !bounds[page.kind].includes(slug) ? notFound(request, page.locale) : null
}

/** Every localized form of some pathnames, without the leading slash (`espace-aidant`, `helpersruimte`…). */
function localized(pathnames: (keyof typeof routing.pathnames)[]): string[] {
  return pathnames.flatMap((p) => Object.values(routing.pathnames[p] as Record<string, string>).map((v) => v.slice(1)))
}

// The member spaces, the account page, and a module's trame, fiche and formation.
const spaces = localized(['/espace-aidant', '/espace-apprenant', '/compte'])
const resources = localized(['/modules/[slug]/trame', '/modules/[slug]/fiche', '/modules/[slug]/formation']).map(
  (p) => p.split('/').pop()!,
)
const memberArea = new RegExp(
  `^/(${routing.locales.join('|')})/((${spaces.join('|')})(/|$)|modules/[^/]+/(${resources.join('|')})$)`,
)
// What a workshop participant without an account may open: the learner space, their progress card and
// formations (the pages then check that the workshop shares them).
const formationSegments = localized(['/modules/[slug]/formation']).map((p) => p.split('/').pop()!)
const participantArea = new RegExp(
  `^/(${routing.locales.join('|')})/((${localized(['/espace-apprenant', '/espace-apprenant/carte']).join('|')})$|modules/[^/]+/(${formationSegments.join('|')})$)`,
)

/** Visitors without a session never reach member pages: straight to sign-in, and back afterwards. */
function memberGate(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl
  if (!memberArea.test(pathname)) return null
  const cookies = request.cookies
  const session = cookies.has('authjs.session-token') || cookies.has('__Secure-authjs.session-token')
  // Staff previewing a draft have no member session: the page itself lets draft mode through.
  if (session || cookies.has('__prerender_bypass')) return null
  if (cookies.has(participantCookie) && participantArea.test(pathname)) return null
  const locale = pathname.split('/')[1] as (typeof routing.locales)[number]
  const signIn = publicUrl(request, `/${locale}${routing.pathnames['/connexion'][locale]}`)
  signIn.searchParams.set('retour', pathname + search)
  return NextResponse.redirect(signIn)
}

/**
 * Locale detection and localized pathnames for every site page; Payload (/admin, /api) and assets are left
 * alone. Member pages need a session cookie (the pages then check the session itself). The catalogue, our
 * busiest page, takes a shorter path: views without a text search go to their cached page
 * (lib/catalogue/view.ts), when it exists (lib/catalogue/bounds.ts).
 */
export default async function proxy(request: NextRequest) {
  // Bad input gets a 4xx before Next's router, which answers both of these with a bare 500.
  if (hasMalformedEncoding(request.nextUrl.pathname)) return new NextResponse('Bad Request', { status: 400 })
  if (actionBodyTooLarge(request, request.nextUrl.pathname))
    return new NextResponse('Payload Too Large', { status: 413 })
  if (
    request.method === 'POST' &&
    request.headers.has('next-action') &&
    malformedActionArguments(request.headers.get('content-type'), await request.clone().text())
  )
    return new NextResponse('Bad Request', { status: 400 })
  if (/^\/(api|admin)(\/|$)/.test(request.nextUrl.pathname)) return NextResponse.next()
  const gate = memberGate(request)
  if (gate) return gate
  const cached = await pageCacheGate(request)
  if (cached) return cached
  return intl(request)
}

export const config = {
  // Site pages; /api and /admin only for the encoding check, and only without a body: the proxy buffers
  // the bodies it sees (up to 10 MB), which uploads must not go through.
  matcher: [
    '/((?!api|admin|_next|_vercel|.*\\..*).*)',
    { source: '/(api|admin)/:path*', missing: [{ type: 'header', key: 'content-type' }] },
  ],
}
