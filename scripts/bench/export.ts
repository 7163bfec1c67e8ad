// The exports' cost with the database of DATABASE_URI (issue 17: "an export of 100,000 rows streams without
// holding them all in memory"): the activities as CSV and as XLSX, platform-wide, through the same code as
// /api/statistics/activities.{csv,xlsx} (lib/statistics/export/), written to a sink that only counts bytes.
// Reports time, rows per second, and the peak RSS and heap above what the process held before the export.
// A report, not a test. Usage: DATABASE_URI=file:./data/bench.db npm run bench:export
// BENCH_EXPORT_ROWS (default 100000) rows per export; skipped when the database holds fewer activities.
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Cell } from '@/lib/statistics/export/activities'
import { exportChunks, exportHeaders } from '@/lib/statistics/export/activities'
import { csvOf } from '@/lib/statistics/export/csv'
import { exportWords } from '@/lib/statistics/export/labels'
import { xlsxOf } from '@/lib/statistics/export/xlsx'
import type { StatisticsFilters } from '@/lib/statistics/filters'
import { brusselsDay } from '@/lib/time/brussels'
import { runScript } from '@/seed/runScript'

const wanted = Number(process.env.BENCH_EXPORT_ROWS) || 100_000
const mb = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1))

await runScript('bench:export', async (payload) => {
  const { totalDocs } = await payload.count({ collection: 'accompaniments', overrideAccess: true })
  if (totalDocs < wanted) {
    console.log(
      `bench:export skipped: ${totalDocs} activities in ${process.env.DATABASE_URI ?? 'the default database'}, ` +
        `${wanted} wanted (set DATABASE_URI to a scale database, or BENCH_EXPORT_ROWS lower).`,
    )
    return
  }
  // Every activity of the platform since 2000: the widest export there is.
  const filters: StatisticsFilters = { from: '2000-01-01', to: brusselsDay(new Date()) }
  const query = { scope: { kind: 'platform' as const }, filters, locale: 'fr' as const }
  /** The first `wanted` rows: the generator stops, and with it the database reads. */
  async function* firstRows(): AsyncGenerator<Cell[][]> {
    let left = wanted
    for await (const chunk of exportChunks(payload, query)) {
      yield chunk.slice(0, left)
      left -= chunk.length
      if (left <= 0) return
    }
  }
  const formats = {
    csv: () => csvOf(firstRows(), exportHeaders('fr')),
    xlsx: () => xlsxOf(firstRows(), exportHeaders('fr'), exportWords('fr')('sheets.activities')),
  }
  const results = []
  for (const [format, make] of Object.entries(formats)) {
    globalThis.gc?.()
    const base = process.memoryUsage()
    let peakRss = base.rss
    let peakHeap = base.heapUsed
    const sample = setInterval(() => {
      const m = process.memoryUsage()
      peakRss = Math.max(peakRss, m.rss)
      peakHeap = Math.max(peakHeap, m.heapUsed)
    }, 20)
    let bytes = 0
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length
        done()
      },
    })
    const started = performance.now()
    await pipeline(make(), sink)
    const seconds = (performance.now() - started) / 1000
    clearInterval(sample)
    results.push({
      format,
      rows: wanted,
      'file MB': mb(bytes),
      seconds: Number(seconds.toFixed(1)),
      'rows/s': Math.round(wanted / seconds),
      'RSS before MB': mb(base.rss),
      'peak RSS MB': mb(peakRss),
      'peak RSS − before MB': mb(peakRss - base.rss),
      'peak heap − before MB': mb(peakHeap - base.heapUsed),
    })
  }
  console.table(results)
})
