// Builds the service worker (sw/sw.ts) into public/sw.js, after `next build` (npm run build). ADR 21.
//
// The precache is what a learner needs to open the learner space and play a formation with no connection,
// read from Next's own build output: the code chunks and styles of those routes (and the chunks they load
// lazily, e.g. the simulated screens), the fonts their styles use, and the offline pages.
// Nothing of the aidant or admin pages is in it. Chunks are named by their content, so they need no revision;
// pages get the build id.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { build } from 'esbuild'

const next = '.next'
const app = join(next, 'server', 'app', '(site)', '[locale]')
/** The learner routes kept offline (lib/offline/learnerPages.ts) and the offline page itself. */
const routes = ['espace-apprenant', 'modules/[slug]/formation', 'hors-ligne']

function clientManifest(route) {
  const file = join(process.cwd(), app, route, 'page_client-reference-manifest.js')
  if (!existsSync(file)) throw new Error(`No client manifest for ${route}: run next build first (${file})`)
  const scope = {}
  new Function('globalThis', readFileSync(file, 'utf8'))(scope)
  return Object.values(scope.__RSC_MANIFEST)[0]
}

const buildManifest = JSON.parse(readFileSync(join(next, 'build-manifest.json'), 'utf8'))
const files = new Set(buildManifest.rootMainFiles)
const pageKey = (route) => `[project]/app/(site)/[locale]/${route}/page`
for (const route of routes) {
  const manifest = clientManifest(route)
  for (const list of Object.values(manifest.entryJSFiles ?? {})) list.forEach((f) => files.add(f))
  for (const list of Object.values(manifest.entryCSSFiles ?? {})) list.forEach((f) => files.add(f.path))
}

// The player loads some step views lazily (components/formation/kinds.tsx): its own chunks name them
// ("static/chunks/x.js"). Only the player's: the learner space's forms name the map picker, which no learner
// page needs offline. Styles name their fonts ("/_next/static/media/…").
const reference = /static\/(?:chunks|media)\/[\w.-]+\.(?:js|css|woff2?)/g
const referenced = (file) => readFileSync(join(next, file), 'utf8').match(reference) ?? []
const player = clientManifest('modules/[slug]/formation')
const layout = new Set(player.entryJSFiles[`[project]/app/(site)/[locale]/layout`] ?? [])
const lazy = (player.entryJSFiles[pageKey('modules/[slug]/formation')] ?? []).filter((f) => !layout.has(f))
for (const file of lazy) referenced(file).forEach((f) => files.add(f))
for (const file of [...files].filter((f) => f.endsWith('.css'))) referenced(file).forEach((f) => files.add(f))

const buildId = readFileSync(join(next, 'BUILD_ID'), 'utf8').trim()
const entries = [
  ...[...files].sort().map((file) => ({ url: `/_next/${file}`, revision: null })),
  { url: '/fr/hors-ligne', revision: buildId },
  { url: '/nl/offline', revision: buildId },
]

await build({
  entryPoints: ['sw/sw.ts'],
  outfile: 'public/sw.js',
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  tsconfig: 'sw/tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"', 'self.__SW_MANIFEST': JSON.stringify(entries) },
  logLevel: 'warning',
})

const bytes = (url) => {
  const path = url.startsWith('/_next/') ? join(next, url.slice('/_next/'.length)) : join('public', url)
  return existsSync(path) ? readFileSync(path) : Buffer.alloc(0)
}
const raw = entries.reduce((sum, e) => sum + bytes(e.url).length, 0)
const gzip = entries.reduce((sum, e) => sum + gzipSync(bytes(e.url)).length, 0)
console.log(
  `public/sw.js: ${entries.length} files precached, ${(raw / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip, ` +
    'pages not counted)',
)
