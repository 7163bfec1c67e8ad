import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/payload/relations'
import { saveProgress } from '@/lib/progress/save-progress'
import type { Actor } from '@/lib/usecases/types'
import { addDays, brusselsDay, endOfBrusselsDay, startOfBrusselsDay } from '@/lib/time/brussels'
import { createWorkshop } from '@/lib/workshops/create-workshop'
import { exportFollowUp } from '@/lib/workshops/export-follow-up'
import { isWrongCode, joinWorkshop, type JoinInput } from '@/lib/workshops/join-workshop'
import { type ProgressAccountInput, saveProgressAccount } from '@/lib/workshops/save-progress-account'
import type { WorkshopInput } from '@/lib/workshops/validation'
import type { Member, Workshop } from '@/payload-types'

import { createModule, createTheme, openWorkshop } from '@/tests/int/support/fixtures'
import { createMember, createStaff, createStructure, password } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** The workshop use cases, called as the server actions call them: a Payload instance, an actor, an input. */
let payload: Payload
let home: number
let aidant: Member & { collection: 'members' }
let open: Workshop, formation: number
const now = new Date('2026-12-02T10:00:00Z')
const input = (over: Partial<WorkshopInput> = {}): WorkshopInput => ({
  title: 'Atelier e-mail',
  date: '2026-12-03',
  expiresAt: '2026-12-10',
  modules: [],
  parcours: [],
  diagnostic: 'simulator',
  ...over,
})

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Usecase Namur')).id
  aidant = await createMember(payload, {
    name: 'Aïcha',
    profile: 'aidant',
    email: 'uc.aidant@example.com',
    structure: home,
    structureRole: 'member',
  })
  const moduleDoc = await createModule(payload, {
    slug: 'uc-join',
    title: 'Rejoindre',
    themes: [(await createTheme(payload, 'uc-join-theme')).id],
  })
  formation = idOf(moduleDoc.formation)!
  open = await openWorkshop(payload, aidant, [moduleDoc.id])
})

const members = (member: Member): Actor => ({ ...member, collection: 'members' })
const join = (actor: Actor, over: Partial<JoinInput> = {}, now?: Date) =>
  joinWorkshop({ payload, actor, input: { code: open.code!, name: 'Zoé', shared: true, ...over }, now })
const count = async (collection: 'workshop-participants' | 'members') => (await payload.count({ collection })).totalDocs

describe('createWorkshop', () => {
  it('creates the workshop for the aidant’s structure, with a code made by the server', async () => {
    const result = await createWorkshop({ payload, actor: aidant, input: input(), now })
    if (!result.ok) throw result.error
    expect(idOf(result.value.aidant)).toBe(aidant.id)
    expect(idOf(result.value.structure)).toBe(home)
    expect(result.value.code).toMatch(/^[A-Z0-9]{6,}$/)
  })

  it('refuses anyone but an aidant', async () => {
    const learner = await createMember(payload, { name: 'Léo', profile: 'apprenant', username: 'uc.leo' })
    for (const actor of [null, learner]) {
      const result = await createWorkshop({ payload, actor, input: input(), now })
      expect(result.ok ? null : result.error.kind).toBe('not-allowed')
    }
  })

  it('asks an aidant without a structure to join one first', async () => {
    const alone = await createMember(payload, { name: 'Solo', profile: 'aidant', email: 'uc.solo@example.com' })
    const result = await createWorkshop({ payload, actor: alone, input: input(), now })
    expect(result.ok ? null : result.error.fields).toEqual({ form: 'noStructure' })
  })

  it('answers bad input field by field, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'workshops' })).totalDocs
    const result = await createWorkshop({
      payload,
      actor: aidant,
      input: input({ title: ' ', expiresAt: '2026-11-30', diagnostic: '' }),
      now,
    })
    expect(result.ok ? null : result.error.fields).toEqual({
      title: 'required',
      expiresAt: 'expiryPast',
      modules: 'shareSomething',
    })
    expect((await payload.count({ collection: 'workshops' })).totalDocs).toBe(before)
  })

  it('counts days in Brussels: at 00:15 it is already the new day, and a code lasts until 23:59:59 there', async () => {
    // 00:15 tomorrow in Brussels: still "today" in UTC (22:15Z or 23:15Z), which the form used to count from.
    const today = brusselsDay(new Date())
    const tomorrow = addDays(today, 1)
    const justAfterMidnight = new Date(startOfBrusselsDay(tomorrow).getTime() + 15 * 60_000)
    const late = await createWorkshop({
      payload,
      actor: aidant,
      input: input({ date: today, expiresAt: today }),
      now: justAfterMidnight,
    })
    expect(late.ok ? null : late.error.fields).toEqual({ expiresAt: 'expiryPast' })
    const created = await createWorkshop({
      payload,
      actor: aidant,
      input: input({ date: tomorrow, expiresAt: tomorrow }),
      now: justAfterMidnight,
    })
    if (!created.ok) throw created.error
    expect(created.value.date.slice(0, 10)).toBe(tomorrow)
    expect(created.value.expiresAt).toBe(endOfBrusselsDay(tomorrow).toISOString())
  })
})

describe('joinWorkshop', () => {
  it('lets a learner join with the code as printed, under the name they give, sharing if they agree', async () => {
    const at = new Date()
    const spaced = `${open.code!.slice(0, 3)} ${open.code!.slice(3)}`.toLowerCase()
    const result = await join(null, { code: spaced, name: '  Zoé  ' }, at)
    if (!result.ok) throw result.error
    expect(result.value.workshop.id).toBe(open.id)
    expect(result.value.account).toBeNull()
    expect(result.value.participant).toMatchObject({
      name: 'Zoé',
      member: null,
      shared: true,
      sharedAt: at.toISOString(),
      lastSeenAt: at.toISOString(),
    })
    expect([result.value.participant.workshop, result.value.participant.structure].map(idOf)).toEqual([open.id, home])
    const hidden = await join(null, { name: 'Discret', shared: false })
    expect(hidden.ok && [hidden.value.participant.shared, hidden.value.participant.sharedAt]).toEqual([false, null])
  })

  it('a member joins under their own name, once; joining again changes what they share, progress included', async () => {
    const learner = await createMember(payload, { name: 'Nina', profile: 'apprenant', username: 'uc.join.nina' })
    const first = await join(members(learner), { name: 'ignored' })
    if (!first.ok) throw first.error
    expect([first.value.participant.name, idOf(first.value.participant.member)]).toEqual(['Nina', learner.id])
    const participant = first.value.participant
    await saveProgress({
      payload,
      learner: { member: learner, participant },
      input: { formation, events: [{ type: 'position', index: 0 }], catalogue: { modules: [], themes: [] } },
    })
    const again = await join(members(learner), { shared: false, account: { username: 'x', password, locale: 'fr' } })
    if (!again.ok) throw again.error
    expect(again.value.participant.id).toBe(participant.id)
    expect(again.value.account).toBeNull()
    const { docs } = await payload.find({ collection: 'progress', where: { participant: { equals: participant.id } } })
    expect(docs.map((d) => d.shared)).toEqual([false])
  })

  it('lets staff join as anyone would, under the name they type', async () => {
    const staff = await createStaff(payload, 'uc.join.staff@example.com', 'editor')
    const result = await join(staff, { name: 'Formatrice' })
    expect(result.ok && [result.value.participant.name, result.value.participant.member]).toEqual(['Formatrice', null])
  })

  it('refuses a code that opens nothing, or no longer does: the one refusal the rate limit counts', async () => {
    const before = await count('workshop-participants')
    const expired = new Date(new Date(open.expiresAt).getTime() + 1000)
    for (const result of [await join(null, { code: 'ZZZ ZZZ' }), await join(null, {}, expired)]) {
      expect(result.ok ? null : [result.error.kind, result.error.fields]).toEqual(['invalid', { code: 'wrongCode' }])
      expect(!result.ok && isWrongCode(result.error)).toBe(true)
    }
    expect(await count('workshop-participants')).toBe(before)
  })

  it('answers bad input field by field, without counting it as a guess, and writes nothing', async () => {
    const before = await count('workshop-participants')
    const blank = await join(null, { code: ' ', name: ' ' })
    expect(blank.ok ? null : blank.error.fields).toEqual({ code: 'required', name: 'required' })
    expect(!blank.ok && isWrongCode(blank.error)).toBe(false)
    const long = await join(null, { name: 'x'.repeat(61) })
    expect(long.ok ? null : long.error.fields).toEqual({ name: 'tooLong' })
    expect(await count('workshop-participants')).toBe(before)
  })

  it('with "save my progress", the learner also gets an apprenant account tied to the participant', async () => {
    const result = await join(null, { name: 'Omar', account: { username: ' Omar.B ', password, locale: 'nl' } })
    if (!result.ok) throw result.error
    expect(result.value.account).toMatchObject({ name: 'Omar', username: 'omar.b', profile: 'apprenant', locale: 'nl' })
    const participant = await payload.findByID({ collection: 'workshop-participants', id: result.value.participant.id })
    expect(idOf(participant.member)).toBe(result.value.account?.id)
  })

  it('a refused account leaves no participant behind, so the learner can fix it and send again', async () => {
    const before = [await count('workshop-participants'), await count('members')]
    const refused = await join(null, { name: 'Omar', account: { username: 'omar.b', password: 'court', locale: 'fr' } })
    expect(refused.ok ? null : [refused.error.kind, refused.error.fields]).toEqual([
      'invalid',
      { username: 'usernameTaken', password: 'passwordLength' },
    ])
    expect([await count('workshop-participants'), await count('members')]).toEqual(before)
  })
})

describe('saveProgressAccount', () => {
  const account = (participant: number | null, over: Partial<ProgressAccountInput> = {}): ProgressAccountInput => ({
    participant,
    username: 'uc.save.sam',
    password,
    passwordConfirm: password,
    locale: 'fr',
    ...over,
  })
  let sam: number

  beforeAll(async () => {
    const joined = await join(null, { name: 'Sam' })
    if (!joined.ok) throw joined.error
    sam = joined.value.participant.id
    const learner = { member: null, participant: joined.value.participant }
    const events = [{ type: 'position' as const, index: 1 }]
    await saveProgress({ payload, learner, input: { formation, events, catalogue: { modules: [], themes: [] } } })
  })

  it('refuses bad input field by field, and attaches nothing', async () => {
    const before = await count('members')
    const result = await saveProgressAccount({
      payload,
      actor: null,
      input: account(sam, { username: 'é', passwordConfirm: 'autre-chose-123' }),
    })
    expect(result.ok ? null : [result.error.kind, result.error.fields]).toEqual([
      'invalid',
      { username: 'username', passwordConfirm: 'passwordMismatch' },
    ])
    expect(await count('members')).toBe(before)
    expect((await payload.findByID({ collection: 'workshop-participants', id: sam })).member ?? null).toBeNull()
  })

  it('makes the participant an apprenant under the name they joined with, and moves their progress', async () => {
    const result = await saveProgressAccount({ payload, actor: null, input: account(sam) })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({ name: 'Sam', username: 'uc.save.sam', profile: 'apprenant' })
    expect(idOf((await payload.findByID({ collection: 'workshop-participants', id: sam })).member)).toBe(
      result.value.id,
    )
    const { docs } = await payload.find({
      collection: 'progress',
      where: { participant: { equals: sam } },
      user: result.value,
      overrideAccess: false,
    })
    expect(docs.map((d) => [idOf(d.member), d.key])).toEqual([[result.value.id, `m${result.value.id}:f${formation}`]])
  })

  it('refuses a participant who has an account already, none, or someone signed in', async () => {
    const other = await join(null, { name: 'Tom' })
    if (!other.ok) throw other.error
    const before = await count('members')
    for (const [actor, participant] of [
      [null, sam],
      [null, null],
      [null, 999_999],
      [aidant, other.value.participant.id],
    ] as const) {
      const result = await saveProgressAccount({
        payload,
        actor,
        input: account(participant, { username: 'uc.save.other' }),
      })
      expect(result.ok ? null : result.error.kind).toBe('not-allowed')
    }
    expect(await count('members')).toBe(before)
  })
})

describe('exportFollowUp', () => {
  const exportOf = (actor: Actor, workshop: number | null = open.id) =>
    exportFollowUp({ payload, actor, input: { workshop, locale: 'fr' } })

  it('gives the aidant the workshop and the learners who agreed to share, never the others', async () => {
    const result = await exportOf(aidant)
    if (!result.ok) throw result.error
    expect(result.value.workshop.id).toBe(open.id)
    const names = result.value.followUp.rows.map((r) => r.participant.name)
    expect(names).toContain('Zoé')
    expect(names).not.toContain('Discret')
    expect(result.value.followUp.notSharing).toBeGreaterThanOrEqual(1)
  })

  it('refuses anyone but an aidant', async () => {
    const learner = await createMember(payload, { name: 'Lou', profile: 'apprenant', username: 'uc.export.lou' })
    const staff = await createStaff(payload, 'uc.export.admin@example.com', 'admin')
    for (const actor of [null, members(learner), staff]) {
      const result = await exportOf(actor)
      expect(result.ok ? null : result.error.kind).toBe('not-allowed')
    }
  })

  it('does not find another structure’s workshop, an unknown one, or a malformed id', async () => {
    const elsewhere = await createMember(payload, {
      name: 'Bert',
      profile: 'aidant',
      email: 'uc.export.bert@example.com',
      structure: (await createStructure(payload, 'Usecase Liège', '4000', 'Liège')).id,
      structureRole: 'member',
    })
    for (const result of [await exportOf(elsewhere), await exportOf(aidant, 999_999), await exportOf(aidant, null)])
      expect(result.ok ? null : result.error.kind).toBe('not-found')
  })
})
