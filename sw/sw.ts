/**
 * The service worker (issue 18, ADR 21): built by scripts/sw/build.mjs into public/sw.js after `next build`.
 *
 * - Learner pages (lib/offline/learnerPages.ts) are fetched from the network first and kept for offline use,
 *   with the code, styles and pictures they reference, so a started formation plays to its end with no connection.
 * - Every other page goes to the network only, never to a cache: aidant, account and admin pages are not kept
 *   on a shared computer. With no connection they get a small localized "hors ligne" page instead of the
 *   browser's own.
 * - "Quitter l'atelier sur cet appareil" and signing out empty the learner caches (lib/offline/clear.ts).
 */
import { CacheFirst, NetworkFirst, NetworkOnly, Serwist, ExpirationPlugin, type PrecacheEntry } from 'serwist'

import { isOfflineLearnerPage, offlineFallbackFor } from '@/lib/offline/learnerPages'
import { assetUrlsIn, isCacheableAsset } from '@/lib/offline/assets'
import { learnerCaches } from '@/lib/offline/caches'

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] }

const sameOrigin = (url: URL) => url.origin === self.location.origin

/** A navigation, or a page fetched to keep it for later ("warm"): never the RSC data of client navigations. */
const isPageRequest = (request: Request, url: URL) =>
  (request.mode === 'navigate' || request.headers.get('x-digit-offline') === 'warm') &&
  !url.searchParams.has('_rsc') &&
  request.headers.get('rsc') === null

/** Requested by a learner page, or by a stylesheet or script such a page loaded (fonts, lazy chunks). */
function requestedByLearnerPage(request: Request): boolean {
  if (!request.referrer) return false
  const referrer = new URL(request.referrer)
  return sameOrigin(referrer) && (isOfflineLearnerPage(referrer.pathname) || referrer.pathname.startsWith('/_next/'))
}

// Ignoring Vary: responses vary on client hints (Sec-CH-Prefers-Color-Scheme) and RSC headers that a warmed request
// does not carry; RSC data never reaches these caches (isPageRequest), so one URL is one stored answer.
const matchOptions = { ignoreVary: true }

const assets = new CacheFirst({
  cacheName: learnerCaches.assets,
  matchOptions,
  plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
})

/**
 * When a learner page is stored, what it references (its code chunks, styles, pictures: the RSC data inlined in
 * the HTML names every client chunk and every media URL of its steps) is stored with it, so a page kept by the
 * "warm" message plays offline even if it was never opened.
 */
const keepReferencedAssets = {
  cacheDidUpdate: async ({ newResponse }: { newResponse: Response }) => {
    const html = await newResponse.clone().text()
    const cache = await caches.open(learnerCaches.assets)
    const missing = []
    for (const path of assetUrlsIn(html)) {
      if (!(await cache.match(path, matchOptions))) missing.push(path)
    }
    // One by one, not cache.addAll: a single missing picture must not drop the rest.
    await Promise.all(
      missing.map(async (path) => {
        try {
          const response = await fetch(path, { credentials: 'same-origin' })
          if (response.ok) await cache.put(path, response)
        } catch {
          // Offline again: the next visit of the page tries once more.
        }
      }),
    )
  },
}

const pages = new NetworkFirst({
  cacheName: learnerCaches.pages,
  matchOptions,
  // A slow connection (a prepaid phone in a basement) falls back to the kept page after 5 s.
  networkTimeoutSeconds: 5,
  plugins: [
    // Only full pages: not a redirect to the sign-in page, not an error page.
    { cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null) },
    keepReferencedAssets,
    new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 60 * 24 * 3600 }),
  ],
})

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: ({ request, url }) =>
        sameOrigin(url) && isPageRequest(request, url) && isOfflineLearnerPage(url.pathname),
      handler: pages,
    },
    {
      matcher: ({ request, url }) => sameOrigin(url) && request.mode === 'navigate',
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ request, url }) =>
        sameOrigin(url) && isCacheableAsset(url.pathname) && requestedByLearnerPage(request),
      handler: assets,
    },
  ],
  fallbacks: {
    entries: [
      {
        url: offlineFallbackFor('/nl'),
        matcher: ({ request }) => request.destination === 'document' && new URL(request.url).pathname.startsWith('/nl'),
      },
      { url: offlineFallbackFor('/fr'), matcher: ({ request }) => request.destination === 'document' },
    ],
  },
})

/**
 * "Keep these pages": the learner space sends the formations shared with the learner's workshops, so they open
 * and play with no connection even before the learner opened them. Answers the page through its port when done.
 */
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; urls?: unknown } | null
  if (data?.type !== 'digit-warm' || !Array.isArray(data.urls)) return
  const urls = data.urls.filter((u): u is string => typeof u === 'string' && u.startsWith('/')).slice(0, 60)
  const done = Promise.allSettled(
    urls
      .filter((path) => isOfflineLearnerPage(new URL(path, self.location.origin).pathname))
      .map((path) => {
        const request = new Request(path, { credentials: 'same-origin', headers: { 'x-digit-offline': 'warm' } })
        // handleAll's second promise settles once the page and what it references are stored: "ready" means ready.
        return pages.handleAll({ event, request })[1]
      }),
  )
  event.waitUntil(done)
  void done.then(() => event.ports[0]?.postMessage({ type: 'digit-warm-done' }))
})

serwist.addEventListeners()
