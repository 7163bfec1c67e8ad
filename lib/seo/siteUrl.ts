/** The public origin, for absolute URLs in metadata (hreflang, canonical). */
export function siteUrl(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}
