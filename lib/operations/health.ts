import type { Payload } from 'payload'

export type Health = {
  status: 'ok' | 'unavailable'
  database: 'reachable' | 'unreachable'
  /** SQLite runs committed migrations; MongoDB needs none (docs/adr/0001). */
  migrations: 'applied' | 'pending' | 'not-used' | 'unknown'
  pendingMigrations: string[]
  version: string
}

/**
 * What a load balancer asks before sending an instance traffic: can it read the database, and is the schema
 * the code expects there? An instance started before `npm run db:migrate` finished answers "unavailable".
 * `expected` is the committed migrations' names (migrations/index.ts), or null on MongoDB.
 */
export async function checkHealth(payload: Payload, expected: string[] | null, version: string): Promise<Health> {
  const unavailable = (database: Health['database']): Health => ({
    status: 'unavailable',
    database,
    migrations: 'unknown',
    pendingMigrations: [],
    version,
  })
  let applied: Set<string>
  try {
    // System read: the migrations table is Payload's own, and this probe has no user.
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    // Batch -1 is the schema Payload pushes in development, not a migration run.
    applied = new Set(docs.filter((doc) => doc.batch !== -1).map((doc) => doc.name ?? ''))
  } catch (error) {
    payload.logger.error({ err: error, msg: 'health: database unreachable' })
    return unavailable('unreachable')
  }
  if (expected === null)
    return { status: 'ok', database: 'reachable', migrations: 'not-used', pendingMigrations: [], version }
  const pending = expected.filter((name) => !applied.has(name))
  return {
    status: pending.length ? 'unavailable' : 'ok',
    database: 'reachable',
    migrations: pending.length ? 'pending' : 'applied',
    pendingMigrations: pending,
    version,
  }
}
