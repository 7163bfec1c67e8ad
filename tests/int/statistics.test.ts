import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { moveTopicsToThemes } from '@/lib/accompaniments/migrateV2'
import { activityRows } from '@/lib/statistics/store'
import { targetsProgress } from '@/lib/statistics/targets'
import type { Member } from '@/payload-types'

import { createMember, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

let payload: Payload
let aidant: Member & { collection: 'members' }
let structure: number

const log = (over: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'accompaniments',
    data: {
      kind: 'individual',
      date: new Date().toISOString(),
      minutes: 30,
      themes: ['email'],
      place: 'structure',
      aidant: 0,
      structure: 0,
      ...over,
    },
    user: aidant,
    overrideAccess: false,
  })
const ids = async () => new Set([...(await activityRows(payload))].map((r) => r.id))

beforeAll(async () => {
  payload = await startPayload()
  structure = (await createStructure(payload, 'Stats Charleroi', '6000', 'Charleroi')).id
  aidant = await createMember(payload, {
    name: 'Stat',
    profile: 'aidant',
    email: 'stats.aidant@example.com',
    structure,
    structureRole: 'referent',
  })
})

describe('statistics store', () => {
  it('sees at once an activity saved or deleted in this process, with no name, code or note in its row', async () => {
    await activityRows(payload)
    const created = await log({ personCode: 'AB1950', notes: 'secret' })
    expect(await ids()).toContain(created.id)
    const row = [...(await activityRows(payload))].find((r) => r.id === created.id)!
    expect(row).toMatchObject({ province: 'BE-WHT', region: 'BE-WAL', structure })
    expect(JSON.stringify(row)).not.toMatch(/AB1950|secret/i)
    await payload.delete({ collection: 'accompaniments', id: created.id, overrideAccess: true })
    expect(await ids()).not.toContain(created.id)
  })

  it('sees within its check interval what another instance wrote (no hook ran here)', async () => {
    await activityRows(payload)
    // Written below the collection's hooks, as another server process's write looks from here.
    const other = await payload.db.create({
      collection: 'accompaniments',
      data: {
        kind: 'individual',
        date: new Date().toISOString(),
        minutes: 45,
        themes: ['job'],
        place: 'remote',
        aidant: aidant.id,
        structure,
        updatedAt: new Date().toISOString(),
        createdAt: new Date().toISOString(),
      },
    })
    process.env.STATISTICS_CHECK_MS = '1'
    await new Promise((r) => setTimeout(r, 5))
    expect(await ids()).toContain(other.id)
    delete process.env.STATISTICS_CHECK_MS
  })
})

describe('the v2 migration’s data step', () => {
  it('turns each old topic into a theme, derives the territory, and changes nothing when run again', async () => {
    const old = await payload.db.create({
      collection: 'accompaniments',
      data: {
        date: new Date().toISOString(),
        minutes: 30,
        topic: 'procedure',
        aidant: aidant.id,
        structure,
        updatedAt: new Date().toISOString(),
        createdAt: new Date().toISOString(),
      },
    })
    expect(await moveTopicsToThemes(payload)).toBeGreaterThanOrEqual(1)
    const moved = await payload.findByID({ collection: 'accompaniments', id: old.id, depth: 0 })
    expect(moved).toMatchObject({ themes: ['procedures'], kind: 'individual', place: 'structure' })
    expect(moved.territory).toMatchObject({ country: 'BE', province: 'BE-WHT' })
    expect(await moveTopicsToThemes(payload)).toBe(0)
  })
})

describe('programme targets', () => {
  it('counts accompaniments per person, in the target’s territory and period', async () => {
    await payload.create({
      collection: 'programme-targets',
      data: {
        programme: 'Test',
        territory: 'BE-WAL',
        from: '2020-01-01T00:00:00.000Z',
        to: '2099-12-31T00:00:00.000Z',
        accompaniments: 100,
        newsletterReaders: 10,
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'programme-targets',
      data: {
        programme: 'Test',
        territory: 'FR-HDF',
        from: '2020-01-01T00:00:00.000Z',
        to: '2099-12-31T00:00:00.000Z',
        accompaniments: 50,
      },
      overrideAccess: true,
    })
    const before = await targetsProgress(payload, await activityRows(payload))
    await log({ kind: 'collective', participantsCount: 6 })
    const after = await targetsProgress(payload, await activityRows(payload))
    const wal = (list: typeof after) => list.find((t) => t.territory === 'BE-WAL')!.indicators
    expect(wal(after).find((i) => i.name === 'accompaniments')!.achieved).toBe(
      wal(before).find((i) => i.name === 'accompaniments')!.achieved! + 6,
    )
    // Newsletter readers have no territory: not measured for a region.
    expect(wal(after).find((i) => i.name === 'newsletterReaders')).toEqual({
      name: 'newsletterReaders',
      target: 10,
      achieved: null,
    })
    const hdf = after.find((t) => t.territory === 'FR-HDF')!.indicators
    expect(hdf).toEqual([{ name: 'accompaniments', target: 50, achieved: 0 }])
  })
})
