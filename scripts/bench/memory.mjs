// Memory of a running production server under a steady mixed load (a report, not a test): every public
// kind of page plus searches, at a fixed rate, sampling the server's resident memory (RSS) each 10 s.
// Usage: start the server (npm run demo or npm run start), then:
//   npm run bench:memory [-- http://localhost:3000]   (BENCH_MINUTES=10, BENCH_RATE=30 req/s)
// The server's pid is found from its port with `ss`; BENCH_PID overrides it.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import autocannon from 'autocannon'

const base = (process.argv[2] || process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const minutes = Number(process.env.BENCH_MINUTES || 10)
const rate = Number(process.env.BENCH_RATE || 30)
const warmupSeconds = Number(process.env.BENCH_WARMUP || 60)

function serverPid() {
  if (process.env.BENCH_PID) return Number(process.env.BENCH_PID)
  const port = new URL(base).port || '80'
  const listing = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(listing)?.[1]
  if (!pid) throw new Error(`No process listens on port ${port} (or it belongs to another user): set BENCH_PID.`)
  return Number(pid)
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

/** A first item of each kind, read from the lists themselves. */
async function itemOf(list, prefix) {
  const html = await (await fetch(base + list)).text()
  return new RegExp(`href="(${prefix}[a-z0-9-]+)"`).exec(html)?.[1]
}

const paths = [
  '/fr',
  '/nl',
  '/fr/catalogue',
  '/nl/catalogus',
  '/fr/catalogue?q=courriel',
  '/fr/media',
  '/fr/media?q=wifi',
  '/fr/evenements',
  '/fr/faq',
  '/fr/faq?q=mot+de+passe',
  '/fr/parcours',
  '/fr/cartographie',
  '/fr/cartographie?q=namur',
  '/nl/kaart?q=gent',
  ...(
    await Promise.all([
      itemOf('/fr/catalogue', '/fr/modules/'),
      itemOf('/fr/media', '/fr/media/(?!feed)'),
      itemOf('/fr/evenements', '/fr/evenements/'),
    ])
  ).filter(Boolean),
]

const pid = serverPid()
const run = (seconds) =>
  new Promise((resolve, reject) =>
    autocannon(
      { url: base, connections: 10, overallRate: rate, duration: seconds, requests: paths.map((path) => ({ path })) },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  )

console.log(`pid ${pid}: warm-up ${warmupSeconds} s, then ${minutes} min at ${rate} req/s over ${paths.length} pages`)
await run(warmupSeconds)
const samples = [{ s: 0, mb: rssMb(pid) }]
const sampler = setInterval(() => samples.push({ s: samples.length * 10, mb: rssMb(pid) }), 10_000)
const result = await run(minutes * 60)
clearInterval(sampler)
samples.push({ s: minutes * 60, mb: rssMb(pid) })

const first = samples[0].mb
const last = samples.at(-1).mb
const peak = Math.max(...samples.map((x) => x.mb))
console.table([
  {
    'RSS after warm-up (MB)': Math.round(first),
    'RSS at end (MB)': Math.round(last),
    'peak (MB)': Math.round(peak),
    growth: `${(((last - first) / first) * 100).toFixed(1)} %`,
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'req/s': Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  },
])
