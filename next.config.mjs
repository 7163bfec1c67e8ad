import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { securityHeaders } from './lib/http/securityHeaders.mjs'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const policy = {
  mapboxToken: process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? '',
  development: process.env.NODE_ENV === 'development',
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // How long a shared cache (nginx, a CDN) may serve a cached page stale while it fetches a new one: a day,
  // not Next's default year (stale-while-revalidate = expireTime − s-maxage). Publications purge at once.
  expireTime: 86_400,
  // Next's own cache, plus: a render that overlapped a change is not kept; with REDIS_URL tag expiries are shared
  // between instances, with CACHE_PURGE_URL public pages are purged from the front cache (docs/adr/0017).
  cacheHandler: fileURLToPath(new URL('./lib/cache/nextCacheHandler.mjs', import.meta.url)),
  // Loaded by Node as they are, not bundled: the Redis client keeps one connection per process.
  serverExternalPackages: ['@redis/client', 'rate-limiter-flexible'],
  // No page uses next/image: its optimizer would keep copies of media files outside their access rules (a
  // proposal's picture still served after its approval was withdrawn). Off, /_next/image answers 404.
  images: { unoptimized: true },
  // Later rules win for the same header (Next's rule): the admin's entry replaces the site-wide policy there.
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(policy) },
      { source: '/admin/:path*', headers: securityHeaders({ ...policy, admin: true }) },
      // The map (/fr/cartographie, /nl/kaart) may one day be embedded on partners' sites. Decided: not now; it
      // keeps DENY / frame-ancestors 'none' like every page. An embed will get its own route (e.g.
      // /embed/carte) with its own frame-ancestors list, so the full page (sign-in links, header) never frames.
      { source: '/:locale(fr|nl)/:map(cartographie|kaart)', headers: securityHeaders(policy) },
      // Statistics (members' figures, and the public links for funders) are never indexed, page or 404.
      {
        source: '/:locale(fr|nl)/:section(statistiques|statistieken)/:path*',
        headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }],
      },
    ]
  },
  // The largest action body: a proposed resource's file (lib/http/actionLimit.ts, uploadActionBodyLimitBytes);
  // the proxy answers 413 first above 1 MB on every other page and above this size on the upload pages.
  experimental: {
    serverActions: { bodySizeLimit: '9mb' },
    // Class names survive in the server bundle: Payload logs its NotFound errors as info by `error.name`, and
    // minified names turned every 404 into an error line with a stack (STACK-NOTES, "Production builds").
    serverMinification: false,
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
