import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/payload/relations'
import { monthlyTotals } from '@/lib/accompaniments/totals'
import { takeSimulator } from '@/tests/int/support/diagnostic'
import { saveProgress, type SaveProgressInput } from '@/lib/progress/save-progress'
import { isWellFormedCode } from '@/lib/workshops/code'
import { workshopFollowUp } from '@/lib/workshops/followUp'
import { learnerHistory } from '@/lib/workshops/history'
import { isWrongCode, joinWorkshop } from '@/lib/workshops/join-workshop'
import { saveProgressAccount } from '@/lib/workshops/save-progress-account'
import type { Member, Workshop } from '@/payload-types'

import { createModule, createTheme } from './support/fixtures'
import { createMember, createStaff, createStructure, password } from './support/members'
import { startPayload } from './support/payload'

/**
 * Workshops, participants, progress and accompaniments for every role: aidants see their own structure's
 * work only, and learners who agreed to share; a learner sees only themselves; staff see everything.
 */
let payload: Payload
type User = Parameters<Payload['find']>[0]['user']
const who: Record<string, User> = {}
const roles = ['anonymous', 'apprenant', 'aidant', 'referent', 'otherAidant', 'editor', 'admin'] as const
const as = (role: string) => ({ overrideAccess: false, user: who[role] ?? undefined, depth: 0 })
/** What a role can list; a role the rule refuses outright (Forbidden) sees nothing. */
async function list<T extends 'workshops' | 'workshop-participants' | 'progress' | 'accompaniments'>(
  collection: T,
  role: string,
) {
  try {
    return (await payload.find({ collection, limit: 0, pagination: false, ...as(role) })).docs
  } catch (error) {
    if ((error as Error).name === 'Forbidden') return []
    throw error
  }
}
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString()
let home: number, workshop: Workshop, formation: number, moduleId: number, questionIds: string[]
let sharing: number, private_: number, learner: Member & { collection: 'members' }
const catalogue = {
  modules: [] as SaveProgressInput['catalogue']['modules'],
  themes: [] as { id: number; title: string; slug: string }[],
}

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Atelier Namur')).id
  const other = (await createStructure(payload, 'Atelier Liège', '4000', 'Liège')).id
  const member = (name: string, data: Partial<Member>) =>
    createMember(payload, { name, profile: 'aidant', structureRole: 'member', ...data })
  who.apprenant = learner = await member('Léa', { profile: 'apprenant', username: 'ws.lea', structure: home })
  who.aidant = await member('Aidant', { email: 'ws.aidant@example.com', structure: home })
  who.referent = await member('Réf', { email: 'ws.ref@example.com', structure: home, structureRole: 'referent' })
  who.otherAidant = await member('Autre', { email: 'ws.other@example.com', structure: other })
  who.editor = await createStaff(payload, 'ws.editor@example.com', 'editor')
  who.admin = await createStaff(payload, 'ws.admin@example.com', 'admin')
  const theme = await createTheme(payload, 'email-messagerie', 'E-mail')
  const moduleDoc = await createModule(payload, {
    slug: 'ws-mail',
    title: 'Lire ses e-mails',
    themes: [theme.id],
    level: '1',
  })
  moduleId = moduleDoc.id
  formation = typeof moduleDoc.formation === 'object' ? moduleDoc.formation!.id : moduleDoc.formation!
  const steps = (await payload.findByID({ collection: 'formations', id: formation, depth: 0 })).steps
  questionIds = steps.filter((s) => s.blockType !== 'content').map((s) => s.id!)
  catalogue.modules = [
    { id: moduleId, level: 1, themes: [theme.id], title: 'Lire ses e-mails', slug: 'ws-mail', formations: [formation] },
  ]
  catalogue.themes = [{ id: theme.id, title: 'E-mail', slug: 'email-messagerie' }]

  workshop = await payload.create({
    collection: 'workshops',
    data: {
      title: 'Mardi e-mail',
      date: new Date().toISOString(),
      expiresAt: inAWeek(),
      modules: [moduleId],
      aidant: 0,
      structure: 0,
    },
    ...as('aidant'),
  })
  const joined = await joinWorkshop({
    payload,
    actor: null,
    input: { code: workshop.code!.toLowerCase(), name: 'Sam', shared: true },
  })
  const hidden = await joinWorkshop({
    payload,
    actor: null,
    input: { code: workshop.code!, name: 'Discret', shared: false },
  })
  if (!joined.ok || !hidden.ok) throw new Error('join failed')
  sharing = joined.value.participant.id
  private_ = hidden.value.participant.id
  for (const participant of [joined.value.participant, hidden.value.participant])
    await saveProgress({
      payload,
      learner: { member: null, participant },
      input: { formation, events: [{ type: 'position', index: 0 }], catalogue },
    })
  await payload.create({
    collection: 'accompaniments',
    data: {
      date: new Date().toISOString(),
      themes: ['email'],
      kind: 'individual',
      place: 'structure',
      minutes: 30,
      participant: sharing,
      aidant: 0,
      structure: 0,
    },
    ...as('aidant'),
  })
}, 180_000)

describe('workshops', () => {
  it('an aidant creates a workshop: it is theirs and their structure’s, with a readable code', () => {
    expect(workshop.aidant).toBe((who.aidant as Member).id)
    expect(workshop.structure).toBe(home)
    expect(isWellFormedCode(workshop.code!)).toBe(true)
  })

  it.each(['anonymous', 'apprenant'] as const)('%s cannot create a workshop', async (role) => {
    await expect(
      payload.create({
        collection: 'workshops',
        data: { title: 'x', date: new Date().toISOString(), expiresAt: inAWeek(), aidant: 1, structure: home },
        ...as(role),
      }),
    ).rejects.toThrow()
  })

  it.each(roles)('%s reads workshops of their own structure only', async (role) => {
    const docs = await list('workshops', role)
    const visible = ['aidant', 'referent', 'editor', 'admin'].includes(role)
    expect(docs.map((d) => d.id)).toEqual(visible ? [workshop.id] : [])
  })

  it.each(roles)('%s may change a workshop only as its aidant, référent or staff', async (role) => {
    const allowed = ['aidant', 'referent', 'editor', 'admin'].includes(role)
    const attempt = payload.update({
      collection: 'workshops',
      id: workshop.id,
      data: { title: `Mardi (${role})` },
      ...as(role),
    })
    if (allowed) await expect(attempt).resolves.toMatchObject({ title: `Mardi (${role})` })
    else await expect(attempt).rejects.toThrow()
  })

  it('codes are unique among active workshops', async () => {
    const codes = new Set<string>([workshop.code!])
    for (let i = 0; i < 15; i++) {
      const w = await payload.create({
        collection: 'workshops',
        data: { title: `W${i}`, date: new Date().toISOString(), expiresAt: inAWeek(), aidant: 0, structure: 0 },
        ...as('aidant'),
      })
      codes.add(w.code!)
    }
    expect(codes.size).toBe(16)
  })
})

describe('joining', () => {
  it('a wrong or expired code is refused with an error on the code field', async () => {
    const join = (code: string, name = 'X', actor: Member | null = null) =>
      joinWorkshop({
        payload,
        actor: actor && { ...actor, collection: 'members' },
        input: { code, name, shared: true },
      })
    const wrong = await join('ZZZZZZ')
    expect(wrong.ok ? null : wrong.error.fields).toEqual({ code: 'wrongCode' })
    expect(!wrong.ok && isWrongCode(wrong.error)).toBe(true)
    const made = await payload.create({
      collection: 'workshops',
      data: { title: 'Passé', date: new Date().toISOString(), expiresAt: inAWeek(), aidant: 0, structure: 0 },
      ...as('aidant'),
    })
    // Nobody may set a past expiry (collections/Workshops/index.ts): the server ages it, as time would.
    const old = await payload.update({
      collection: 'workshops',
      id: made.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const expired = await join(old.code!)
    expect(expired.ok ? null : expired.error.fields).toEqual({ code: 'wrongCode' })
  })

  it('a name is required without an account; a member who joins twice stays one participant', async () => {
    const join = (name: string, actor: Member | null) =>
      joinWorkshop({
        payload,
        actor: actor && { ...actor, collection: 'members' },
        input: { code: workshop.code!, name, shared: true },
      })
    const noName = await join('  ', null)
    expect(noName.ok ? null : noName.error.fields).toEqual({ name: 'required' })
    const first = await join('', learner)
    const again = await join('', learner)
    expect(first.ok && again.ok && first.value.participant.id === again.value.participant.id).toBe(true)
    expect(first.ok && first.value.participant.name).toBe('Léa')
  })
})

describe('participants and progress: who sees whom', () => {
  it.each(roles)('%s sees only the participants they may', async (role) => {
    const docs = (await list('workshop-participants', role)).filter((d) => d.workshop === workshop.id)
    const ids = docs.map((d) => d.id)
    if (role === 'editor' || role === 'admin') expect(ids).toContain(private_)
    else expect(ids).not.toContain(private_)
    if (['aidant', 'referent', 'editor', 'admin'].includes(role)) expect(ids).toContain(sharing)
    else expect(ids).not.toContain(sharing)
    // The apprenant sees their own participation, and nobody else's.
    if (role === 'apprenant') expect(docs.every((d) => d.member === learner.id)).toBe(true)
  })

  it.each(roles)('%s sees only the progress they may', async (role) => {
    const docs = await list('progress', role)
    const who_ = docs.map((d) => d.participant)
    if (role === 'editor' || role === 'admin') expect(who_).toEqual(expect.arrayContaining([sharing, private_]))
    else if (role === 'aidant' || role === 'referent') expect(who_).toEqual([sharing])
    else expect(docs.filter((d) => d.member !== learner.id)).toEqual([])
  })

  it.each(roles)('%s cannot write participants or progress through the API (only our server does)', async (role) => {
    const staff = role === 'editor' || role === 'admin'
    const attempt = payload.update({
      collection: 'progress',
      where: { participant: { equals: private_ } },
      data: { currentStep: 0 },
      ...as(role),
    })
    if (staff) await expect(attempt).resolves.toMatchObject({ errors: [] })
    else {
      const result = await attempt.catch(() => ({ docs: [] }))
      expect(result.docs).toEqual([])
    }
  })

  it.each(roles)(
    '%s reads accompaniments of their structure only, and records one only as an aidant or staff',
    async (role) => {
      const docs = await list('accompaniments', role)
      expect(docs.length).toBe(['aidant', 'referent', 'editor', 'admin'].includes(role) ? 1 : 0)
      const record = payload.create({
        collection: 'accompaniments',
        data: {
          date: new Date().toISOString(),
          themes: ['other'],
          kind: 'individual',
          place: 'structure',
          minutes: 15,
          aidant: (who.aidant as Member).id,
          structure: home,
        },
        ...as(role),
      })
      if (role === 'anonymous' || role === 'apprenant') await expect(record).rejects.toThrow()
      else {
        const created = await record
        // An aidant's record is always theirs, whatever the form said.
        if (role !== 'editor' && role !== 'admin') expect(created.aidant).toBe((who[role] as Member).id)
        await payload.delete({ collection: 'accompaniments', id: created.id })
      }
    },
  )

  it('another structure’s aidant gets nothing from the follow-up of this workshop', async () => {
    const mine = await workshopFollowUp(payload, workshop, who.aidant as Member & { collection: 'members' }, 'fr')
    expect(mine.rows.map((r) => r.participant.name)).toContain('Sam')
    expect(mine.rows.map((r) => r.participant.name)).not.toContain('Discret')
    expect(mine.notSharing).toBeGreaterThanOrEqual(1)
    const theirs = await workshopFollowUp(
      payload,
      workshop,
      who.otherAidant as Member & { collection: 'members' },
      'fr',
    )
    expect(theirs.rows).toEqual([])
    expect(
      await learnerHistory(payload, who.otherAidant as Member & { collection: 'members' }, sharing, 'fr'),
    ).toBeNull()
    expect(await learnerHistory(payload, who.aidant as Member & { collection: 'members' }, private_, 'fr')).toBeNull()
  })
})

describe('saving progress', () => {
  it('merges queued events, counts a replay once, completes with a score, and reports the failed question', async () => {
    const participant = await payload.findByID({ collection: 'workshop-participants', id: sharing, depth: 0 })
    const me = { member: null, participant }
    const [q1] = questionIds
    const wrong = { stepId: q1!, kind: 'choice', attempts: 1, correct: false, firstTry: false, seconds: 10 }
    const wrongThenRight = { ...wrong, attempts: 2, correct: true, seconds: 20 }
    const events = [
      { type: 'step' as const, index: 1, record: wrong },
      { type: 'step' as const, index: 1, record: wrongThenRight },
    ]
    const save = (events: SaveProgressInput['events']) =>
      saveProgress({ payload, learner: me, input: { formation, events, catalogue } })
    await save(events)
    // The same events again (the browser lost the answer and sent them twice): nothing changes.
    await save(events)
    const done = await save([{ type: 'finish', run: 1 }])
    if (!done.ok) throw done.error
    expect(done.value.progress.status).toBe('completed')
    expect(done.value.gained).toEqual([{ theme: catalogue.themes[0], level: 1 }])
    const [row] = (await payload.find({ collection: 'progress', where: { participant: { equals: sharing } } })).docs
    expect(row).toMatchObject({ status: 'completed', attempts: 2, seconds: 20, score: 0, questions: 1, failed: [q1] })

    const followUp = await workshopFollowUp(payload, workshop, who.aidant as Member & { collection: 'members' }, 'fr')
    const sam = followUp.rows.find((r) => r.participant.id === sharing)!
    expect(sam.cells[0]).toMatchObject({ status: 'completed', score: 0, attempts: 2 })
    expect(followUp.difficulty[0]).toMatchObject({ stepId: q1, failed: 1, answered: 1 })
  })

  it('"save my progress" moves the participant’s progress to their new account', async () => {
    const saved = await saveProgressAccount({
      payload,
      actor: null,
      input: { participant: sharing, username: 'ws.sam', password, passwordConfirm: password, locale: 'fr' },
    })
    if (!saved.ok) throw saved.error
    const account = saved.value
    expect(account).toMatchObject({ name: 'Sam', profile: 'apprenant' })
    const { docs } = await payload.find({
      collection: 'progress',
      where: { member: { equals: account.id } },
      ...{ overrideAccess: false, user: account },
    })
    expect(docs.map((d) => d.status)).toEqual(['completed'])
  })

  it('refuses an unknown formation and ignores records of steps that do not exist', async () => {
    const participant = await payload.findByID({ collection: 'workshop-participants', id: private_, depth: 0 })
    const learner_ = { member: null, participant }
    const unknown = await saveProgress({
      payload,
      learner: learner_,
      input: { formation: 999_999, events: [], catalogue },
    })
    expect(unknown.ok ? null : unknown.error.kind).toBe('not-found')
    const junk = { stepId: 'nope', kind: 'choice', attempts: 50, correct: true, firstTry: true, seconds: 9 }
    const result = await saveProgress({
      payload,
      learner: learner_,
      input: { formation, events: [{ type: 'step', index: 0, record: junk }], catalogue },
    })
    expect(result.ok && result.value.progress.steps).toEqual({})
  })
})

describe('diagnostics taken in a workshop', () => {
  it('belong to the workshop and participant; the structure sees only those of learners who share', async () => {
    const load = (id: number) => payload.findByID({ collection: 'workshop-participants', id, depth: 0 })
    const records = [{ task: 'tap', outcome: 'success', attempts: 1, seconds: 3, helpUsed: false }]
    const take = async (id: number) =>
      takeSimulator(payload, {
        submissionId: `ws-diag-${id}`,
        records,
        locale: 'fr',
        member: null,
        participant: await load(id),
      })
    const shared = await take(sharing)
    const hidden = await take(private_)
    const owner = (r: typeof shared) => ({
      workshop: idOf(r.workshop),
      participant: idOf(r.participant),
      structure: idOf(r.structure),
    })
    expect(owner(shared)).toEqual({ workshop: workshop.id, participant: sharing, structure: home })
    expect(owner(hidden)).toEqual({ workshop: workshop.id, participant: private_, structure: null })
    const { docs } = await payload.find({ collection: 'diagnostic-results', ...as('aidant') })
    expect(docs.map((d) => d.id)).toContain(shared.id)
    expect(docs.map((d) => d.id)).not.toContain(hidden.id)
    const other = await payload.find({ collection: 'diagnostic-results', ...as('otherAidant') })
    expect(other.docs).toEqual([])
  })
})

describe('accompaniment totals', () => {
  it('counts per month for the structure and for the platform', async () => {
    const month = new Date().toISOString().slice(0, 7)
    expect(await monthlyTotals(payload, home)).toEqual([{ month, count: 1, minutes: 30, people: 1 }])
    expect((await monthlyTotals(payload, null))[0]).toMatchObject({ month, count: 1 })
  })
})
