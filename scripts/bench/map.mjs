// Benchmark of the map with the scale seed (10,000 places): size of the initial map data and latency of the
// search. A report, not a test. Usage: npm run bench:map [-- http://localhost:3000]
import { gzipSync } from 'node:zlib'

import { load as loadPaths, percentile } from './load.mjs'

const base = (process.argv[2] || process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const duration = Number(process.env.BENCH_DURATION || 10)

async function size(path) {
  const body = Buffer.from(await (await fetch(base + path)).arrayBuffer())
  return { raw: body.length / 1024, gzip: gzipSync(body).length / 1024, body }
}

const points = await size('/api/map/points')
const count = JSON.parse(points.body.toString()).points.length / 3
console.log(`places on the map: ${count}`)

// The offline basemap as a browser loads it: Chromium opens the map, and every tile and glyph range it
// fetches until the map is idle is counted (each body gzipped here at level 6, as nginx would send it; the
// tiles are stored gzipped already). The style is inline in the map's script chunk: its JSON is counted too.
const { tsImport } = await import('tsx/esm/api')
const { offlineStyle } = await tsImport('../../components/map/offline-style.ts', import.meta.url)
const style = Buffer.from(JSON.stringify(offlineStyle(base, 'fr')))
const { chromium } = await import('@playwright/test')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-first-run'],
})

async function basemapBytes(path, steps = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const bodies = []
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.pathname.startsWith('/api/map/tiles/') || url.pathname.startsWith('/map/glyphs/'))
      bodies.push(
        response.body().then((body) => ({ kind: url.pathname.startsWith('/api/') ? 'tiles' : 'glyphs', body })),
      )
  })
  await page.goto(base + path)
  await page.locator('#map [data-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 })
  await steps(page)
  await page.waitForTimeout(1500)
  const all = await Promise.all(bodies)
  await context.close()
  const sum = (kind) => {
    const of = all.filter((b) => kind === undefined || b.kind === kind)
    return {
      requests: of.length,
      raw: of.reduce((n, b) => n + b.body.length, 0) / 1024,
      gzip: of.reduce((n, b) => n + gzipSync(b.body, { level: 6 }).length, 0) / 1024,
    }
  }
  return { tiles: sum('tiles'), glyphs: sum('glyphs') }
}

const views = [
  ['default view (/fr/cartographie)', await basemapBytes('/fr/cartographie')],
  [
    'city zoom (Namur, zoom 12)',
    await basemapBytes('/fr/cartographie?near=5000', async (page) => {
      for (let i = 0; i < 2; i++) {
        await page.locator('#map .maplibregl-ctrl-zoom-in').click()
        await page.waitForTimeout(600)
      }
    }),
  ],
]
await browser.close()

const styleGzip = gzipSync(style).length / 1024
const sizes = []
for (const [view, { tiles, glyphs }] of views) {
  sizes.push({
    view,
    data: `tiles (${tiles.requests})`,
    'raw KB': tiles.raw.toFixed(1),
    'gzip KB': tiles.gzip.toFixed(1),
  })
  sizes.push({
    view,
    data: `glyphs (${glyphs.requests})`,
    'raw KB': glyphs.raw.toFixed(1),
    'gzip KB': glyphs.gzip.toFixed(1),
  })
  sizes.push({
    view,
    data: 'basemap total (style + tiles + glyphs)',
    'raw KB': (style.length / 1024 + tiles.raw + glyphs.raw).toFixed(1),
    'gzip KB': (styleGzip + tiles.gzip + glyphs.gzip).toFixed(1),
  })
  sizes.push({
    view,
    data: 'initial map data (basemap + points)',
    'raw KB': (style.length / 1024 + tiles.raw + glyphs.raw + points.raw).toFixed(1),
    'gzip KB': (styleGzip + tiles.gzip + glyphs.gzip + points.gzip).toFixed(1),
  })
}
console.log(
  `style ${(style.length / 1024).toFixed(1)} KB (${styleGzip.toFixed(1)} KB gzip); ` +
    `points (/api/map/points) ${points.raw.toFixed(1)} KB (${points.gzip.toFixed(1)} KB gzip)`,
)
console.table(sizes)

// Searches people make: a name, a postcode, a municipality with filters, "open now".
const searches = [
  'q=numerique',
  'near=5000',
  'near=Lille&service=demarches',
  'near=Gent&fee=gratuit&mode=individuel',
  'service=emploi&audience=seniors',
  'open=1&near=59000',
]

const load = (paths, connections) => loadPaths(base, paths, connections, duration)

const rows = []
for (const [name, prefix] of [
  ['search API', '/api/map/points?'],
  ['map page', '/fr/cartographie?'],
]) {
  for (const connections of [1, 10]) {
    const paths = searches.map((query) => prefix + query)
    await load(paths, connections) // warm-up
    const { result, latencies } = await load(paths, connections)
    rows.push({
      search: name,
      connections,
      'median ms': Number(percentile(latencies, 50).toFixed(1)),
      'p95 ms': Number(percentile(latencies, 95).toFixed(1)),
      'req/s': Math.round(result.requests.average),
      errors: result.errors + result.non2xx,
    })
  }
}
console.log(`autocannon: ${duration} s per row, cycling through ${searches.length} searches`)
console.table(rows)

// "Près de" alone, through the gazetteer (issue 19): names in both languages, homonyms, postcodes, addresses.
const nearSearches = [
  'Bruxelles',
  'Brussel',
  'Lille',
  'Saint-Gilles',
  'Rue de Dave 12, 5100 Jambes',
  'Kerkstraat 1 Wilrijk',
  '59000',
  'Lille, France',
].map((near) => `near=${encodeURIComponent(near)}`)
const nearRows = []
for (const [name, prefix] of [
  ['près de, search API', '/api/map/points?'],
  ['près de, map page', '/fr/cartographie?'],
]) {
  const paths = nearSearches.map((query) => prefix + query)
  await load(paths, 10) // warm-up
  const { result, latencies } = await load(paths, 10)
  nearRows.push({
    search: name,
    connections: 10,
    'median ms': Number(percentile(latencies, 50).toFixed(1)),
    'p95 ms': Number(percentile(latencies, 95).toFixed(1)),
    'req/s': Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  })
}
console.log(`autocannon: ${duration} s per row, cycling through ${nearSearches.length} "près de" searches`)
console.table(nearRows)
