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
const basemap = await size('/api/map/basemap')
const count = JSON.parse(points.body.toString()).points.length / 3
console.log(`places on the map: ${count}`)
console.table([
  { data: 'points (/api/map/points)', 'raw KB': points.raw.toFixed(1), 'gzip KB': points.gzip.toFixed(1) },
  { data: 'basemap (/api/map/basemap)', 'raw KB': basemap.raw.toFixed(1), 'gzip KB': basemap.gzip.toFixed(1) },
  {
    data: 'initial map data, total',
    'raw KB': (points.raw + basemap.raw).toFixed(1),
    'gzip KB': (points.gzip + basemap.gzip).toFixed(1),
  },
])

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
