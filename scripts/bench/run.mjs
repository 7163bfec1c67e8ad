// Benchmark of the catalogue and a module page on a running production server (a report, not a test).
// Usage: start the demo (npm run demo, after npm run seed:scale), then: npm run bench [-- http://localhost:3000]
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

const base = (process.argv[2] || process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const duration = Number(process.env.BENCH_DURATION || 20)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)

async function firstModulePath() {
  const response = await fetch(`${base}/api/modules?limit=1&depth=0&sort=title&where[slug][not_like]=bench-`)
  const { docs, totalDocs } = await response.json()
  if (!docs.length) throw new Error('No published module: seed the database first.')
  console.log(`published modules: ${totalDocs}`)
  return `/fr/modules/${docs[0].slug}`
}

/** Sum of the gzip sizes of the scripts a first visit downloads (noModule polyfills are skipped by browsers). */
async function firstLoadJs(path) {
  const html = await (await fetch(base + path)).text()
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]))
  const sources = [...new Set(tags.map((m) => m[1]))]
  let total = 0
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    total += gzipSync(body, { level: 9 }).length
  }
  return { scripts: sources.length, kb: total / 1024 }
}

/** Runs autocannon and keeps every response time, for exact percentiles (autocannon reports no p95). */
function load(path, seconds = duration) {
  const latencies = []
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: base + path, connections, duration: seconds }, (error, result) =>
      error ? reject(error) : resolve({ result, latencies: latencies.sort((a, b) => a - b) }),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const paths = { catalogue: '/fr/catalogue', module: await firstModulePath() }
const rows = []
for (const [name, path] of Object.entries(paths)) {
  await load(path, 3) // warm the caches
  const { result, latencies } = await load(path)
  const js = await firstLoadJs(path)
  rows.push({
    page: `${name} ${path}`,
    'median ms': Number(percentile(latencies, 50).toFixed(1)),
    'p95 ms': Number(percentile(latencies, 95).toFixed(1)),
    'p99 ms': Number(percentile(latencies, 99).toFixed(1)),
    'req/s': Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
    'first-load JS (gzip KB)': Number(js.kb.toFixed(1)),
  })
}
console.log(`autocannon: ${connections} connections, ${duration} s per page`)
console.table(rows)
