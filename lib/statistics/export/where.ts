import type { Where } from 'payload'

import { endOfBrusselsDay, startOfBrusselsDay } from '@/lib/time/brussels'

import type { Scope } from '@/lib/statistics/compute'
import type { StatisticsFilters } from '@/lib/statistics/filters'

/**
 * The database query of a scope and its filters: the same activities as `selectRows` (lib/statistics/compute.ts)
 * keeps in memory, for the exports that page through the database instead. Dates are Brussels days.
 */
export function activitiesWhere(scope: Scope, f: StatisticsFilters): Where {
  const and: Where[] = [
    { date: { greater_than_equal: startOfBrusselsDay(f.from).toISOString() } },
    { date: { less_than_equal: endOfBrusselsDay(f.to).toISOString() } },
  ]
  if (scope.kind === 'aidant') and.push({ aidant: { equals: scope.aidant } })
  if (scope.kind === 'structure') and.push({ structure: { equals: scope.structure } })
  if (f.country) and.push({ 'territory.country': { equals: f.country } })
  if (f.region) and.push({ 'territory.region': { equals: f.region } })
  if (f.province) and.push({ 'territory.province': { equals: f.province } })
  if (f.municipality) and.push({ 'territory.municipality': { equals: f.municipality } })
  if (f.structure) and.push({ structure: { equals: f.structure } })
  if (f.theme) and.push({ themes: { in: [f.theme] } })
  if (f.kind) and.push({ kind: { equals: f.kind } })
  return { and }
}
