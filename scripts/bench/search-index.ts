// The search index's cost with the database of DATABASE_URI (the scale seed for figures): time to read the
// documents and build each language's engine, the heap it holds, and the engine's own search time. A report,
// not a test. Usage: npm run bench:search-index (with DATABASE_URI=file:./data/bench.db).
import { locales } from '@/i18n/locales'
import { readSearchDocuments } from '@/lib/search/documents'
import { SearchEngine } from '@/lib/search/engine'
import { readSynonyms } from '@/lib/search/store'
import { runScript } from '@/seed/runScript'

const queries = [
  'mot de passe',
  'securite',
  'smartphnoe',
  'payer facture',
  'courriel',
  'impots',
  'wachtwoord',
  'ziekenfonds',
]
const heapMB = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 2 ** 20
}

await runScript('bench:search-index', async (payload) => {
  const rows = []
  for (const locale of locales) {
    const before = heapMB()
    let started = performance.now()
    const [docs, synonyms] = await Promise.all([readSearchDocuments(payload, locale), readSynonyms(payload, locale)])
    const readMs = performance.now() - started
    started = performance.now()
    const engine = new SearchEngine(locale, docs, synonyms)
    const buildMs = performance.now() - started
    const times: number[] = []
    for (let round = 0; round < 20; round++)
      for (const q of queries) {
        const t = performance.now()
        engine.search(q)
        times.push(performance.now() - t)
      }
    times.sort((a, b) => a - b)
    rows.push({
      locale,
      documents: engine.size,
      'read ms': Math.round(readMs),
      'build ms': Math.round(buildMs),
      'heap MB (docs + engine)': Number((heapMB() - before).toFixed(1)),
      'search median ms': Number(times[Math.floor(times.length / 2)]!.toFixed(2)),
      'search p95 ms': Number(times[Math.floor(times.length * 0.95)]!.toFixed(2)),
    })
    void docs
  }
  console.table(rows)
})
