import { siteOrigin } from '@/lib/http/origin'

/**
 * The public origin, for absolute URLs in metadata (hreflang, canonical). Cached pages cannot read the
 * request, so this is NEXT_PUBLIC_SERVER_URL alone (set it in production); localhost only in development.
 */
export function siteUrl(): string {
  return siteOrigin() ?? `http://localhost:${process.env.PORT || 3000}`
}
