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
  const engines: SearchEngine[] = []
  const start = heapMB()
  for (const locale of locales) {
    const before = heapMB()
    let started = performance.now()
    const [docs, synonyms] = await Promise.all([readSearchDocuments(payload, locale), readSynonyms(payload, locale)])
    const readMs = performance.now() - started
    started = performance.now()
    const engine = new SearchEngine(locale, docs, synonyms)
    const buildMs = performance.now() - started
    // The first time a text is searched the engine computes its matches; afterwards it remembers them.
    const timed = (q: string) => {
      const t = performance.now()
      engine.search(q)
      return performance.now() - t
    }
    const first = queries.map(timed).sort((a, b) => a - b)
    const again = queries.flatMap((q) => Array.from({ length: 20 }, () => timed(q))).sort((a, b) => a - b)
    engines.push(engine)
    rows.push({
      locale,
      documents: engine.size,
      'read ms': Math.round(readMs),
      'build ms': Math.round(buildMs),
      'heap MB held': Number((heapMB() - before).toFixed(1)),
      'first search median ms': Number(first[Math.floor(first.length / 2)]!.toFixed(2)),
      'first search max ms': Number(first.at(-1)!.toFixed(2)),
      'repeated search p95 ms': Number(again[Math.floor(again.length * 0.95)]!.toFixed(3)),
    })
  }
  console.table(rows)
  console.log(`heap held by both engines: ${(heapMB() - start).toFixed(1)} MB`)
})
