import type { Payload } from 'payload'

import { readActivities } from './read'
import { type ActivityRow, toRow } from './rows'

/**
 * Every activity, as rows (lib/statistics/rows.ts), in each server process: statistics over 200,000 activities
 * with any filter are then a pass over memory (milliseconds), where the database would take seconds per page.
 * All instances share the database, not this copy: before answering, a copy older than
 * STATISTICS_CHECK_MS (3 s) reads what changed since its latest `updatedAt` (new and edited activities), and
 * reloads everything when the count shows a deletion. A save in this process asks for that check at once
 * (expireStatistics, from the collection's hooks), so an aidant sees the activity they just logged.
 */
type Store = {
  rows: Map<number, ActivityRow>
  /** The rows as an array, made again after a change: every caller passes over it several times. */
  list?: readonly ActivityRow[]
  latest: string
  checkedAt: number
  pending?: Promise<void>
  loading?: Promise<void>
}

const holder = globalThis as typeof globalThis & { __digitStatistics?: Store }
const checkEvery = () => Number(process.env.STATISTICS_CHECK_MS) || 3_000
const pageSize = 5_000

/** The activities, current to within STATISTICS_CHECK_MS (or to the last save in this process). */
export async function activityRows(payload: Payload): Promise<readonly ActivityRow[]> {
  let store = holder.__digitStatistics
  if (!store) {
    // Taken before anything is awaited, so that concurrent first requests wait for one load.
    store = holder.__digitStatistics = { rows: new Map(), latest: '', checkedAt: Date.now() }
    const loading = (store.loading = load(payload, store))
    loading.catch(() => holder.__digitStatistics === store && delete holder.__digitStatistics)
  }
  await store.loading
  if (Date.now() - store.checkedAt >= checkEvery()) {
    store.pending ??= refresh(payload, store).finally(() => (store.pending = undefined))
    await store.pending
  }
  return (store.list ??= [...store.rows.values()])
}

async function load(payload: Payload, store: Store): Promise<void> {
  const started = performance.now()
  const rows = new Map<number, ActivityRow>()
  let latest = ''
  // Paged by id rather than by page number: a page costs the same at the end as at the start.
  for (let after = 0; ; ) {
    const docs = await readActivities(payload, { where: { id: { greater_than: after } }, limit: pageSize })
    for (const doc of docs) {
      rows.set(doc.id, toRow(doc))
      if (doc.updatedAt > latest) latest = doc.updatedAt
    }
    if (docs.length < pageSize) break
    after = docs[docs.length - 1]!.id
  }
  Object.assign(store, { rows, latest, checkedAt: Date.now(), list: undefined })
  payload.logger.info({ msg: 'statistics loaded', activities: rows.size, ms: Math.round(performance.now() - started) })
}

async function refresh(payload: Payload, store: Store): Promise<void> {
  const docs = await readActivities(payload, {
    where: store.latest ? { updatedAt: { greater_than_equal: store.latest } } : {},
    sort: 'updatedAt',
    limit: pageSize + 1,
  })
  // Too many changes for one page: read everything again.
  if (docs.length > pageSize) return load(payload, store)
  for (const doc of docs) {
    store.rows.set(doc.id, toRow(doc))
    if (doc.updatedAt > store.latest) store.latest = doc.updatedAt
  }
  if (docs.length) store.list = undefined
  const { totalDocs: count } = await payload.count({ collection: 'accompaniments', overrideAccess: true })
  // A deletion somewhere: read everything again.
  if (count !== store.rows.size) return load(payload, store)
  store.checkedAt = Date.now()
}
