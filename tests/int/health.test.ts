import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { checkHealth } from '@/lib/operations/health'
import { migrations } from '@/migrations'
import { startPayload } from '@/tests/int/support/payload'

/** /api/health's answer, on a database whose schema Payload pushed (no migration run yet), then migrated. */
let payload: Payload
const names = migrations.map((m) => m.name)

beforeAll(async () => {
  payload = await startPayload()
})

describe('checkHealth', () => {
  it('is unavailable while committed migrations have not run, and names them', async () => {
    const health = await checkHealth(payload, names, '1.2.3')
    expect(health).toMatchObject({ status: 'unavailable', database: 'reachable', migrations: 'pending' })
    expect(health.pendingMigrations).toEqual(names)
  })

  it('is ok once every migration is recorded, with the version it was given', async () => {
    for (const name of names)
      await payload.create({ collection: 'payload-migrations', data: { name, batch: 1 }, overrideAccess: true })
    expect(await checkHealth(payload, names, '1.2.3')).toEqual({
      status: 'ok',
      database: 'reachable',
      migrations: 'applied',
      pendingMigrations: [],
      version: '1.2.3',
    })
  })

  it('on MongoDB, where no migration runs, only asks the database', async () => {
    expect(await checkHealth(payload, null, '1.2.3')).toMatchObject({ status: 'ok', migrations: 'not-used' })
  })

  // Last: it closes this file's database connection.
  it('is unavailable when the database cannot be read', async () => {
    await payload.db.destroy?.()
    const health = await checkHealth(payload, names, '1.2.3')
    expect(health).toMatchObject({ status: 'unavailable', database: 'unreachable' })
  })
})
