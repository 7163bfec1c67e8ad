import type { Payload } from 'payload'

import { parseFilters } from '@/lib/statistics/filters'
import { statisticsOf } from '@/lib/statistics/figures'

export type MonthTotal = { month: string; count: number; minutes: number; people: number }

/**
 * Activities per month over the last twelve months ("2026-11"), newest first, months without any left out:
 * how many, how long in all, and how many different people. For one structure (its référent) or the whole
 * platform (staff, above the list in /admin). Read from the statistics rows (lib/statistics/store.ts).
 */
export async function monthlyTotals(
  payload: Payload,
  structure: number | null,
  now = new Date(),
): Promise<MonthTotal[]> {
  const { filters } = parseFilters({}, now)
  const { months } = await statisticsOf(payload, {
    scope: structure ? { kind: 'structure', structure } : { kind: 'platform' },
    filters,
  })
  return months
    .filter((m) => m.activities)
    .reverse()
    .map((m) => ({ month: m.month, count: m.activities ?? 0, minutes: m.minutes ?? 0, people: m.people ?? 0 }))
}
