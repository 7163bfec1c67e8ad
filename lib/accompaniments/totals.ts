import type { Payload, Where } from 'payload'

import { brusselsMonth, startOfBrusselsMonth } from '@/lib/time/brussels'

export type MonthTotal = { month: string; count: number; minutes: number; people: number }

/**
 * Accompaniments per month over the last twelve months ("2026-11"), newest first: how many, how long in all,
 * and how many different people. For one structure (its référent) or the whole platform (staff, impact).
 */
export async function monthlyTotals(
  payload: Payload,
  structure: number | null,
  now = new Date(),
): Promise<MonthTotal[]> {
  // Twelve months of Brussels, this one included, each accompaniment in the month it happened there.
  const since = startOfBrusselsMonth(now, 11).toISOString()
  const where: Where = { date: { greater_than_equal: since } }
  const { docs } = await payload.find({
    collection: 'accompaniments',
    where: structure ? { and: [where, { structure: { equals: structure } }] } : where,
    select: { date: true, minutes: true, participant: true, member: true, personCode: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const months = new Map<string, { count: number; minutes: number; people: Set<string> }>()
  for (const doc of docs) {
    const month = brusselsMonth(new Date(doc.date))
    const entry = months.get(month) ?? { count: 0, minutes: 0, people: new Set<string>() }
    entry.count += 1
    entry.minutes += doc.minutes
    const person = doc.member ? `m${doc.member}` : doc.participant ? `p${doc.participant}` : doc.personCode
    entry.people.add(person ? String(person) : `row${entry.count}`)
    months.set(month, entry)
  }
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, e]) => ({ month, count: e.count, minutes: e.minutes, people: e.people.size }))
}
