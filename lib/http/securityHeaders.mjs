// Security headers for every response (next.config.mjs `headers()`), as plain JS so the Next config can import
// it. The reasoning is in docs/adr/0012-origin-csrf-and-headers.md.

const mapboxHosts = ['https://api.mapbox.com', 'https://*.tiles.mapbox.com', 'https://events.mapbox.com']

/**
 * The Content-Security-Policy of the site, or of the Payload admin (`admin: true`).
 * - Scripts: 'self' plus 'unsafe-inline', because Next's App Router streams the page data in inline
 *   `<script>` tags; nonces would need every page rendered per request, and our public pages are served from
 *   the page cache (ADR 0006). No 'unsafe-eval' outside `next dev` (React Refresh needs it there).
 * - Styles: 'unsafe-inline' for server-rendered `style` attributes (React, maps, the admin).
 * - The maps: maplibre and mapbox-gl run their workers from blob: URLs and decode images from data:/blob:;
 *   Mapbox's hosts only when a token is configured (otherwise nothing leaves the site).
 * - The admin's JSON fields use Monaco, which Payload loads from cdn.jsdelivr.net: allowed on /admin only.
 * - Never framed (frame-ancestors 'none'), no plugins, forms and <base> to ourselves.
 */
export function contentSecurityPolicy({ admin = false, mapboxToken = '', development = false } = {}) {
  const mapbox = mapboxToken ? mapboxHosts : []
  const monaco = admin ? ['https://cdn.jsdelivr.net'] : []
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : []), ...monaco],
    'style-src': ["'self'", "'unsafe-inline'", ...(mapboxToken ? ['https://api.mapbox.com'] : []), ...monaco],
    'img-src': ["'self'", 'data:', 'blob:', ...mapbox],
    'font-src': ["'self'", 'data:', ...monaco],
    'connect-src': ["'self'", ...mapbox, ...(development ? ['ws:'] : [])],
    'media-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** The headers for one part of the site. */
export function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
  ]
}
