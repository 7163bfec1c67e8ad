import { csvCell } from '@/lib/export/csvCell'

import type { FollowUp } from './followUp'

export type CsvLabels = {
  learner: string
  module: string
  status: string
  statuses: Record<string, string>
  score: string
  attempts: string
  minutes: string
}

/** One line per learner and module, ready for a spreadsheet (UTF-8 with BOM so Excel reads accents). */
export function followUpCsv(followUp: FollowUp, labels: CsvLabels): string {
  const header = [labels.learner, labels.module, labels.status, labels.score, labels.attempts, labels.minutes]
  const lines = followUp.rows.flatMap((row) =>
    row.cells.map((c, i) => [
      row.participant.name,
      followUp.modules[i]!.title,
      labels.statuses[c.status] ?? c.status,
      c.score === null ? '' : `${c.score}/${c.questions ?? 0}`,
      c.attempts,
      Math.round(c.seconds / 60),
    ]),
  )
  return '\uFEFF' + [header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
