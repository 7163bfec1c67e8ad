import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { computeStatistics, type Statistics, type StatisticsOptions } from './compute'
import type { ActivityRow } from './rows'
import { activityRows } from './store'
import { targetsProgress, type TargetProgress } from './targets'

/**
 * The figures of a scope and its filters, from the current rows (lib/statistics/store.ts). A computation over
 * 200,000 activities takes up to 200 ms of one core; the same page asked again (a funder's link, a référent
 * reloading, the API polled) is answered from the last 200 results computed over the same rows. The cache
 * belongs to one version of the rows: any change makes a new array, and its results are computed afresh.
 */
const caches = new WeakMap<readonly ActivityRow[], LRUCache<string, Statistics>>()

export async function statisticsOf(payload: Payload, options: StatisticsOptions): Promise<Statistics> {
  const rows = await activityRows(payload)
  let cache = caches.get(rows)
  if (!cache) caches.set(rows, (cache = new LRUCache({ max: 200 })))
  const key = JSON.stringify([options.scope, options.filters, Boolean(options.forcePrivacy)])
  let statistics = cache.get(key)
  if (!statistics) cache.set(key, (statistics = computeStatistics(rows, options)))
  return statistics
}

/**
 * Programme targets' progress (lib/statistics/targets.ts) reads every structure and registration as well as the
 * rows: kept for a minute per version of the rows, as staff reload the platform page with one filter after another.
 */
const progress = new WeakMap<readonly ActivityRow[], { at: number; value: Promise<TargetProgress[]> }>()

export async function targetsProgressOf(payload: Payload): Promise<TargetProgress[]> {
  const rows = await activityRows(payload)
  const kept = progress.get(rows)
  if (kept && Date.now() - kept.at < 60_000) return kept.value
  const value = targetsProgress(payload, rows)
  progress.set(rows, { at: Date.now(), value })
  value.catch(() => progress.delete(rows))
  return value
}
