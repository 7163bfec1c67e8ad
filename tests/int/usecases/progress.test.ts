import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/payload/relations'
import type { Learner } from '@/lib/progress/rows'
import { saveProgress, type SaveProgressInput } from '@/lib/progress/save-progress'
import { joinWorkshop } from '@/lib/workshops/join-workshop'
import type { Member, WorkshopParticipant } from '@/payload-types'

import { createModule, createTheme, openWorkshop } from '@/tests/int/support/fixtures'
import { createMember, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** Saving the player's queued events, as /api/player/progress calls it: a learner, a formation, events. */
let payload: Payload
let formation: number, moduleId: number, home: number, workshopId: number
let questionId: string, stepIds: string[]
let member: Member, participant: WorkshopParticipant
const catalogue: SaveProgressInput['catalogue'] = { modules: [], themes: [] }
const now = new Date('2026-12-02T10:00:00Z')

const save = (learner: Learner, events: SaveProgressInput['events'], over: Partial<SaveProgressInput> = {}) =>
  saveProgress({ payload, learner, input: { formation, events, catalogue, ...over }, now })
const rowsOf = async (where: Record<string, unknown>) =>
  (await payload.find({ collection: 'progress', where: where as never, depth: 0 })).docs
const answer = (correct: boolean, attempts = 1) => ({
  type: 'step' as const,
  index: 1,
  record: { stepId: questionId, kind: 'choice', attempts, correct, firstTry: correct && attempts === 1, seconds: 12 },
})

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Progrès Namur')).id
  const theme = await createTheme(payload, 'uc-progress-theme', 'Progrès')
  const moduleDoc = await createModule(payload, { slug: 'uc-progress', title: 'Progresser', themes: [theme.id] })
  moduleId = moduleDoc.id
  formation = idOf(moduleDoc.formation)!
  const steps = (await payload.findByID({ collection: 'formations', id: formation, depth: 0 })).steps
  stepIds = steps.map((s) => s.id!)
  questionId = steps.find((s) => s.blockType !== 'content')!.id!
  catalogue.modules = [
    { id: moduleId, level: 1, themes: [theme.id], title: 'Progresser', slug: 'uc-progress', formations: [formation] },
  ]
  catalogue.themes = [{ id: theme.id, title: 'Progrès', slug: 'uc-progress-theme' }]
  member = await createMember(payload, { name: 'Léo', profile: 'apprenant', username: 'uc.progress.leo' })
  const aidant = await createMember(payload, {
    name: 'Aidant',
    profile: 'aidant',
    email: 'uc.progress.aidant@example.com',
    structure: home,
    structureRole: 'member',
  })
  const workshop = await openWorkshop(payload, aidant, [moduleId])
  workshopId = workshop.id
  const joined = await joinWorkshop({
    payload,
    actor: null,
    input: { code: workshop.code!, name: 'Zoé', shared: true },
  })
  if (!joined.ok) throw joined.error
  participant = joined.value.participant
})

describe('saveProgress', () => {
  it('keeps a member’s progress under their account, and counts an event sent twice once', async () => {
    const learner = { member, participant: null }
    const first = await save(learner, [{ type: 'position', index: 0 }, answer(false), answer(true, 2)])
    if (!first.ok) throw first.error
    expect(first.value).toEqual({
      progress: { currentStep: 1, run: 1, status: 'in_progress', steps: { [questionId]: answer(true, 2).record } },
      gained: [],
    })
    // The browser lost the answer and sends the same queue again: nothing adds up twice.
    await save(learner, [answer(false), answer(true, 2)])
    const [row, ...more] = await rowsOf({ member: { equals: member.id } })
    expect(more).toEqual([])
    expect(row).toMatchObject({
      key: `m${member.id}:f${formation}`,
      module: moduleId,
      status: 'in_progress',
      attempts: 2,
      seconds: 12,
      failed: [questionId],
      questions: 1,
      workshop: null,
      participant: null,
    })
  })

  it('completes with a score and says which level that gained, only the first time', async () => {
    const learner = { member, participant: null }
    const done = await save(learner, [{ type: 'finish', run: 1 }])
    if (!done.ok) throw done.error
    expect(done.value.progress.status).toBe('completed')
    expect(done.value.gained).toEqual([{ theme: catalogue.themes[0], level: 1 }])
    const [row] = await rowsOf({ member: { equals: member.id } })
    expect(row).toMatchObject({ score: 0, completedAt: now.toISOString(), currentStep: stepIds.length })
    const again = await save(learner, [{ type: 'finish', run: 1 }])
    expect(again.ok && again.value.gained).toEqual([])
  })

  it('in a workshop, the row carries the workshop, its structure and the learner’s choice to share', async () => {
    const result = await save({ member: null, participant }, [answer(true)])
    expect(result.ok).toBe(true)
    const [row] = await rowsOf({ participant: { equals: participant.id } })
    expect(row).toMatchObject({
      key: `p${participant.id}:f${formation}`,
      member: null,
      workshop: workshopId,
      structure: home,
      shared: true,
    })
  })

  it('creates one row when two sends of a new learner’s queue race each other', async () => {
    const racer = await createMember(payload, { name: 'Rapide', profile: 'apprenant', username: 'uc.progress.racer' })
    const learner = { member: racer, participant: null }
    const results = await Promise.all([save(learner, [answer(false)]), save(learner, [answer(false)])])
    expect(results.map((r) => r.ok)).toEqual([true, true])
    expect(await rowsOf({ member: { equals: racer.id } })).toHaveLength(1)
  })

  it('refuses a save without a learner, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'progress' })).totalDocs
    const result = await save({ member: null, participant: null }, [answer(true)])
    expect(result.ok ? null : result.error.kind).toBe('not-allowed')
    expect((await payload.count({ collection: 'progress' })).totalDocs).toBe(before)
  })

  it('refuses an unknown formation, and keeps nothing of events about steps that do not exist', async () => {
    const before = (await payload.count({ collection: 'progress' })).totalDocs
    const unknown = await save({ member, participant: null }, [answer(true)], { formation: 999_999 })
    expect(unknown.ok ? null : unknown.error.kind).toBe('not-found')
    expect((await payload.count({ collection: 'progress' })).totalDocs).toBe(before)

    const stranger = await createMember(payload, { name: 'Junk', profile: 'apprenant', username: 'uc.progress.junk' })
    const junk = { stepId: 'nope', kind: 'choice', attempts: 50, correct: true, firstTry: true, seconds: 9 }
    const result = await save({ member: stranger, participant: null }, [
      { type: 'step', index: 0, record: junk },
      { type: 'bogus' } as never,
      null as never,
    ])
    if (!result.ok) throw result.error
    expect(result.value.progress).toEqual({ currentStep: 0, run: 1, status: 'in_progress', steps: {} })
    const [row] = await rowsOf({ member: { equals: stranger.id } })
    expect(row).toMatchObject({ attempts: 0, seconds: 0, failed: [] })
  })
})
