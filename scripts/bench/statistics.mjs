// Benchmark of the platform statistics page (issue 17) with the scale seed (200,000 activities over 10,000
// places): median and p95 latency of the page as staff see it, with typical filters, at 1 and 10 connections;
// and the memory of the server process before and after its first load. A report, not a test.
// Usage: npm run bench:statistics [-- http://localhost:3000] (the demo admin's password: BENCH_ADMIN_PASSWORD)
import { load, percentile } from './load.mjs'

const base = (process.argv[2] || process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const duration = Number(process.env.BENCH_DURATION || 10)
const password = process.env.BENCH_ADMIN_PASSWORD || 'Demo-123digit!'

// Staff reach the platform figures with their /admin session.
const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ email: 'admin@demo.123digit.be', password }),
})
const cookie = (login.headers.get('set-cookie') ?? '').match(/payload-token=[^;]+/)?.[0]
if (!cookie) throw new Error(`Sign-in as the demo admin failed (${login.status}).`)
const headers = { cookie }

const filters = {
  'no filter': '',
  'a province': 'province=BE-WNA',
  'a region and a theme': 'region=FR-HDF&theme=procedures',
  'a municipality': 'country=BE&municipality=5000',
  'collective, one year': 'kind=collective&from=2025-01-01&to=2025-12-31',
  'a structure': 'structure=1500',
}
const path = (query) => `/fr/statistiques?scope=platform${query ? `&${query}` : ''}`

const started = performance.now()
const first = await fetch(`${base}${path('')}`, { headers })
console.log(`first request (loads every activity): ${first.status} in ${Math.round(performance.now() - started)} ms`)

const rows = []
for (const [name, query] of Object.entries(filters)) {
  for (const connections of [1, 10]) {
    await load(base, [path(query)], connections, 2, headers) // warm-up
    const { result, latencies } = await load(base, [path(query)], connections, duration, headers)
    rows.push({
      filter: name,
      connections,
      'median ms': Number(percentile(latencies, 50).toFixed(1)),
      'p95 ms': Number(percentile(latencies, 95).toFixed(1)),
      'req/s': Math.round(result.requests.average),
      errors: result.errors + result.non2xx,
    })
  }
}
console.log(`autocannon: ${duration} s per row`)
console.table(rows)
