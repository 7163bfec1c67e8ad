/**
 * What a learner page needs besides its HTML: our code chunks, styles and fonts (`/_next/static/`, named by their
 * content, so never stale) and the uploaded pictures and captions of its steps (`/api/media/file/`). Videos are
 * left out on purpose: megabytes each, on prepaid data, for a step the learner may skip (ADR 21).
 */
const keptMedia = /^\/api\/media\/file\/[^/]+\.(?:png|jpe?g|gif|webp|avif|svg|vtt)$/i

export function isCacheableAsset(pathname: string): boolean {
  return pathname.startsWith('/_next/static/') || keptMedia.test(pathname)
}

// Inside the HTML and inside the RSC data inlined in it (JSON in a JS string, so quotes come escaped).
const assetPath = /\/(?:_next\/static|api\/media\/file)\/[^"'\s\\<>)?#]+/g

/** The distinct asset paths a page's HTML references that are kept for offline use, in order. */
export function assetUrlsIn(html: string): string[] {
  return [...new Set(html.match(assetPath) ?? [])].filter(isCacheableAsset)
}
