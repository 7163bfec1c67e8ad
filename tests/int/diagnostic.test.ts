import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findResultByCode } from '@/lib/diagnostic/findResult'
import { cleanRecords } from '@/lib/diagnostic/records'
import { takeSimulator } from '@/tests/int/support/diagnostic'

import { createMember, createStructure } from './support/members'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const records = [
  { task: 'tap', outcome: 'success', attempts: 1, seconds: 4, helpUsed: false },
  { task: 'scroll', outcome: 'skipped', attempts: 0, seconds: 9, helpUsed: true },
]

describe('diagnostic results', () => {
  it('drops malformed records: unknown tasks, duplicates, bad outcomes, absurd numbers', () => {
    expect(
      cleanRecords(
        [
          ...records,
          { task: 'tap', outcome: 'success', attempts: 1 },
          { task: 'hack', outcome: 'success' },
          { task: 'drag', outcome: 'won' },
          { task: 'drag', outcome: 'failed', attempts: 1e9, seconds: -5, helpUsed: 'yes' },
          'nope',
        ],
        ['tap', 'scroll', 'drag'],
      ),
    ).toEqual([...records, { task: 'drag', outcome: 'failed', attempts: 20, seconds: 0, helpUsed: false }])
  })

  it('scores on the server, gives a code, and a second submission returns the same result', async () => {
    const first = await takeSimulator(payload, {
      submissionId: 'submission-0001',
      records,
      locale: 'fr',
      member: null,
    })
    const again = await takeSimulator(payload, {
      submissionId: 'submission-0001',
      records: [],
      locale: 'fr',
      member: null,
    })
    expect(again.id).toBe(first.id)
    expect(first.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
    expect(first.levels).toMatchObject({ device: 1, typing: 0 })
    expect(await payload.count({ collection: 'diagnostic-results' })).toEqual({ totalDocs: 1 })
    expect((await findResultByCode(payload, first.code.toLowerCase().replace('-', ' ')))?.id).toBe(first.id)
    expect(await findResultByCode(payload, 'ZZZZ-ZZZZ')).toBeNull()
  })

  it('attaches a signed-in member’s result to them only: their structure’s aidants read it only through a workshop they share (docs/adr/0011)', async () => {
    const structure = await createStructure(payload, 'EPN Diag')
    const learner = await createMember(payload, {
      name: 'Léa',
      username: 'lea.diag',
      profile: 'apprenant',
      structure: structure.id,
      structureRole: 'member',
    })
    const aidant = await createMember(payload, {
      name: 'Ali',
      email: 'ali.diag@example.com',
      profile: 'aidant',
      structure: structure.id,
      structureRole: 'member',
    })
    const stranger = await createMember(payload, { name: 'Sam', username: 'sam.diag', profile: 'apprenant' })
    const result = await takeSimulator(payload, {
      submissionId: 'submission-0002',
      records,
      locale: 'nl',
      member: learner,
    })
    const saved = await payload.findByID({ collection: 'diagnostic-results', id: result.id, depth: 0 })
    expect(saved).toMatchObject({ member: learner.id, structure: null, shared: false, locale: 'nl' })
    const readBy = async (user: typeof learner) =>
      (await payload.find({ collection: 'diagnostic-results', overrideAccess: false, user })).docs.map((d) => d.id)
    expect(await readBy(learner)).toEqual([result.id])
    expect(await readBy(aidant)).toEqual([])
    expect(await readBy(stranger)).toEqual([])
    await expect(payload.find({ collection: 'diagnostic-results', overrideAccess: false })).rejects.toThrow()
  })

  it('an aidant runs it for an apprenant of their structure, or for an anonymous code, never for someone else’s', async () => {
    const structure = await createStructure(payload, 'EPN Pour qui')
    const aidant = await createMember(payload, {
      name: 'Aïda',
      email: 'aida.diag@example.com',
      profile: 'aidant',
      structure: structure.id,
      structureRole: 'referent',
    })
    const ours = await createMember(payload, {
      name: 'Oscar',
      username: 'oscar.diag',
      profile: 'apprenant',
      structure: structure.id,
      structureRole: 'member',
    })
    const theirs = await createMember(payload, { name: 'Théo', username: 'theo.diag', profile: 'apprenant' })
    const saved = async (submissionId: string, learner: number | null, learnerCode = '') => {
      const result = await takeSimulator(payload, {
        submissionId,
        records,
        locale: 'fr',
        member: aidant,
        learner,
        learnerCode,
      })
      return payload.findByID({ collection: 'diagnostic-results', id: result.id, depth: 0 })
    }
    expect(await saved('submission-0003', ours.id)).toMatchObject({
      member: ours.id,
      aidant: aidant.id,
      structure: structure.id,
      shared: true,
      learnerCode: null,
    })
    expect(await saved('submission-0004', theirs.id, 'TH-1990')).toMatchObject({
      member: null,
      aidant: aidant.id,
      learnerCode: 'TH-1990',
    })
  })
})
