// npm run bench:serving: the serving tiers side by side in one run (issue 14, point 7; a report, not a test).
// Starts its own cluster (scripts/cluster/cluster.mjs: Redis, two instances, nginx) on a production build and a
// benchmark database, then for home, catalogue, a module and an article measures with wrk (50 connections):
// through nginx, straight to one instance, and nginx serving a static copy of the same HTML. Then the
// first-load JavaScript of each page and Lighthouse's mobile performance score (median of 3 runs).
// Needs: npm run build, bash scripts/setup-serving.sh, Chromium (CHROME_PATH, default /usr/bin/chromium).
// Environment: BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (50), BENCH_PORT (first of 5 ports, 8090),
// BENCH_LIGHTHOUSE=0 to skip Lighthouse, DATABASE_URI (default file:./data/bench.db, seeded when new).
import { execFile } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

// A plain Node script: the `@/` alias is TypeScript's, so the sibling folder is reached by URL.
const { startCluster } = await import(new URL('../cluster/cluster.mjs', import.meta.url).href)

const run = promisify(execFile)
const duration = Number(process.env.BENCH_DURATION || 20)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const lighthouseRuns = process.env.BENCH_LIGHTHOUSE === '0' ? 0 : 3
const base = Number(process.env.BENCH_PORT || 8090)
const ports = { nginx: base, purge: base + 1, redis: base + 2, instance: base + 3, staticSite: base + 4 }
const nginx = `http://127.0.0.1:${ports.nginx}`
const instance = `http://127.0.0.1:${ports.instance}`
const staticSite = `http://127.0.0.1:${ports.staticSite}`
const staticRoot = mkdtempSync(path.join(tmpdir(), 'bench-static-'))
// nginx's workers run as an unprivileged user: mkdtemp's 0700 would answer every request 403.
chmodSync(staticRoot, 0o755)

const cluster = await startCluster({
  port: ports.nginx,
  purgePort: ports.purge,
  redisPort: ports.redis,
  instancePorts: [ports.instance, ports.instance + 10],
  database: process.env.DATABASE_URI || 'file:./data/bench.db',
  workDir: path.join(tmpdir(), 'bench-cluster'),
  staticServer: { listen: `127.0.0.1:${ports.staticSite}`, root: staticRoot },
})

/** wrk's output in numbers: requests per second and the 50th and 99th latency percentiles in ms. */
function parseWrk(output) {
  const ms = (value) => {
    const [, number, unit] = value.match(/([\d.]+)(us|ms|s|m)/) ?? []
    return Number(number) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit]
  }
  const percentile = (p) => ms(output.match(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm'))?.[1] ?? 'NaNms')
  const errors = output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? '0'
  return {
    'req/s': Math.round(Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1])),
    'p50 ms': Number(percentile(50).toFixed(1)),
    'p99 ms': Number(percentile(99).toFixed(1)),
    'non-2xx': Number(errors),
  }
}

async function wrk(url, seconds = duration) {
  const threads = String(Math.min(2, connections))
  const { stdout } = await run(
    'wrk',
    ['-t', threads, '-c', String(connections), '-d', `${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url],
    { maxBuffer: 1 << 20 },
  )
  return parseWrk(stdout)
}

/** Sum of the gzip sizes of the scripts a first visit downloads (the same measure as scripts/bench/run.mjs). */
async function firstLoadJs(url) {
  const html = await (await fetch(url)).text()
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]))
  let total = 0
  for (const src of new Set(tags.map((m) => m[1])))
    total += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer()), { level: 9 }).length
  return Number((total / 1024).toFixed(1))
}

/** Lighthouse 12 from npm on Debian's Chromium, mobile (its default), performance only; the median score. */
async function lighthouse(url) {
  const scores = []
  for (let i = 0; i < lighthouseRuns; i++) {
    const { stdout } = await run(
      'npx',
      [
        '--yes',
        'lighthouse@12.2.3',
        url,
        '--only-categories=performance',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, maxBuffer: 64 << 20 },
    )
    scores.push(Math.round(JSON.parse(stdout).categories.performance.score * 100))
  }
  scores.sort((a, b) => a - b)
  return scores.length ? scores[Math.floor(scores.length / 2)] : null
}

async function firstDoc(collection, query) {
  const { docs } = await (await fetch(`${nginx}/api/${collection}?limit=1&depth=0&${query}`)).json()
  if (!docs?.length) throw new Error(`No published ${collection}: seed the benchmark database first.`)
  return docs[0]
}

try {
  const moduleDoc = await firstDoc('modules', 'sort=title')
  // An article that exists in French (articles may be written in one language: docs/adr/0008).
  const article = await firstDoc(
    'articles',
    'sort=-publishedAt&locale=fr&fallback-locale=none&where[title][exists]=true',
  )
  const pages = {
    home: '/fr',
    catalogue: '/fr/catalogue',
    module: `/fr/modules/${moduleDoc.slug}`,
    article: `/fr/media/${article.slug}`,
  }
  const rows = []
  const scores = []
  for (const [name, page] of Object.entries(pages)) {
    // The static copy: the very HTML nginx serves, as a file.
    const html = await (await fetch(nginx + page)).text()
    writeFileSync(path.join(staticRoot, `${name}.html`), html)
    for (const [tier, url] of [
      ['nginx', nginx + page],
      ['instance', instance + page],
      ['static', `${staticSite}/${name}.html`],
    ]) {
      await wrk(url, 2) // warm every cache on the way
      rows.push({ page: `${name} ${page}`, tier, ...(await wrk(url)) })
    }
    scores.push({
      page: `${name} ${page}`,
      'first-load JS (gzip KB)': await firstLoadJs(nginx + page),
      'Lighthouse mobile': lighthouseRuns ? await lighthouse(nginx + page) : 'skipped',
    })
  }
  console.log(`wrk: ${connections} connections, ${duration} s per row, after a 2 s warm-up`)
  console.table(rows)
  console.log(`first-load JavaScript; Lighthouse mobile performance, median of ${lighthouseRuns} runs`)
  console.table(scores)
} finally {
  await cluster.stop()
  rmSync(staticRoot, { recursive: true, force: true })
}
