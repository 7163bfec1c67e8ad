// Benchmark of the site search over HTTP with the scale seed (2,000 extra modules): median and p95 latency of
// typical searches (typos, plurals, synonyms, FR and NL) through the suggestion API and the search pages, with
// 1 and 10 connections. A report, not a test. Usage: npm run bench:search [-- http://localhost:3000]
import { load as loadPaths, percentile } from './load.mjs'

const base = (process.argv[2] || process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const duration = Number(process.env.BENCH_DURATION || 10)

const searches = [
  ['fr', 'mot de passe'],
  ['fr', 'securite'],
  ['fr', 'smartphnoe'],
  ['fr', 'payer facture'],
  ['fr', 'courriel'],
  ['nl', 'wachtwoorden'],
  ['nl', 'afspraak dokter'],
  ['nl', 'ziekenfonds'],
]
const q = (text) => encodeURIComponent(text)

const load = (paths, connections) => loadPaths(base, paths, connections, duration)

// The first search of each language builds its index (seconds with the scale seed): not part of the figures.
for (const locale of ['fr', 'nl']) await fetch(`${base}/api/search/suggest?locale=${locale}&q=wifi`)

const rows = []
for (const [name, path] of [
  ['suggestion API', ([locale, text]) => `/api/search/suggest?locale=${locale}&q=${q(text)}`],
  ['search page', ([locale, text]) => `/${locale}/${locale === 'fr' ? 'recherche' : 'zoeken'}?q=${q(text)}`],
  ['catalogue search', ([locale, text]) => `/${locale}/${locale === 'fr' ? 'catalogue' : 'catalogus'}?q=${q(text)}`],
]) {
  for (const connections of [1, 10]) {
    const paths = searches.map(path)
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
