// The statistics rows' cost with the database of DATABASE_URI (the scale seed for figures: 200,000 activities):
// time to load every activity into a process, the heap the rows hold, and the time to compute a page's
// figures in memory with typical filters. A report, not a test.
// Usage: npm run bench:statistics-store (with DATABASE_URI=file:./data/bench.db).
import { computeStatistics } from '@/lib/statistics/compute'
import { parseFilters } from '@/lib/statistics/filters'
import { activityRows } from '@/lib/statistics/store'
import { runScript } from '@/seed/runScript'

const heapMB = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed / 2 ** 20
}
const filters: Record<string, Record<string, string>> = {
  'no filter': {},
  'a province': { province: 'BE-WNA' },
  'a region and a theme': { region: 'FR-HDF', theme: 'procedures' },
  'a municipality': { country: 'BE', municipality: '5000' },
  'collective, one year': { kind: 'collective', from: '2025-01-01', to: '2025-12-31' },
  'a structure': { structure: '1500' },
}

await runScript('bench:statistics-store', async (payload) => {
  const before = heapMB()
  const started = performance.now()
  const rows = await activityRows(payload)
  const loadMs = performance.now() - started
  const heldMB = heapMB() - before
  console.log(
    `${rows.length} activities loaded in ${Math.round(loadMs)} ms; the rows hold ${heldMB.toFixed(1)} MB of heap ` +
      `(${Math.round((heldMB * 2 ** 20) / Math.max(rows.length, 1))} bytes each)`,
  )
  const table = Object.entries(filters).map(([name, params]) => {
    const times: number[] = []
    for (let i = 0; i < 30; i += 1) {
      const t = performance.now()
      computeStatistics(rows, { scope: { kind: 'platform' }, filters: parseFilters(params).filters })
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    return { filter: name, 'median ms': Number(times[15]!.toFixed(1)), 'p95 ms': Number(times[28]!.toFixed(1)) }
  })
  console.table(table)
})
