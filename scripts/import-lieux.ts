/**
 * `npm run import:lieux -- <file.csv>`: creates or updates structures from a CSV in the national schema
 * "LieuxDeMediationNumerique" (lib/open-data/import.ts). Prints every refused row with its reason.
 */
import { readFileSync } from 'node:fs'

import { importLieux } from '@/lib/open-data/import'
import { runScript } from '@/seed/runScript'

const file = process.argv.slice(2).find((arg) => arg.endsWith('.csv'))
await runScript('import:lieux', async (payload) => {
  if (!file) throw new Error('usage: npm run import:lieux -- <file.csv>')
  const report = await importLieux(payload, readFileSync(file, 'utf8'))
  for (const issue of report.rejected) console.log(`REFUSÉE ligne ${issue.line} (${issue.id}) : ${issue.reason}`)
  for (const issue of report.warnings) console.log(`attention ligne ${issue.line} (${issue.id}) : ${issue.reason}`)
  console.log(`${report.created} créées, ${report.updated} mises à jour, ${report.rejected.length} refusées`)
  if (report.rejected.length) process.exitCode = 2
})
