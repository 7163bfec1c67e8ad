import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { personCodeMaxLength } from '@/lib/accompaniments/personCode'
import { type AccompanimentInput, recordAccompaniment } from '@/lib/accompaniments/record-accompaniment'
import { idOf } from '@/lib/payload/relations'
import type { Actor } from '@/lib/usecases/types'
import { joinWorkshop } from '@/lib/workshops/join-workshop'
import { logWorkshopPresence } from '@/lib/accompaniments/log-workshop-presence'
import type { Member } from '@/payload-types'

import { openWorkshop } from '@/tests/int/support/fixtures'
import { createMember, createStaff, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** Recording an accompaniment, as the aidant's one-tap form calls it: an actor and what the form sent. */
let payload: Payload
let home: number
let aidant: Member & { collection: 'members' }
let otherAidant: Member & { collection: 'members' }
let sharing: number, private_: number, learner: Member
let workshopId: number
let secondSharing: number
const input = (over: Partial<AccompanimentInput> = {}): AccompanimentInput => ({
  kind: 'individual',
  date: '2026-12-02',
  minutes: 30,
  themes: ['email'],
  participant: null,
  personCode: '',
  ...over,
})
const record = (actor: Actor, over: Partial<AccompanimentInput> = {}) =>
  recordAccompaniment({ payload, actor, input: input(over) })
const count = async () => (await payload.count({ collection: 'accompaniments' })).totalDocs

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Accompagner Namur')).id
  const other = (await createStructure(payload, 'Accompagner Liège', '4000', 'Liège')).id
  aidant = await createMember(payload, {
    name: 'Aïcha',
    profile: 'aidant',
    email: 'acc.aidant@example.com',
    structure: home,
    structureRole: 'member',
  })
  otherAidant = await createMember(payload, {
    name: 'Bert',
    profile: 'aidant',
    email: 'acc.other@example.com',
    structure: other,
    structureRole: 'member',
  })
  learner = await createMember(payload, { name: 'Léa', profile: 'apprenant', username: 'acc.lea' })
  const workshop = await openWorkshop(payload, aidant)
  workshopId = workshop.id
  const join = async (actor: Actor, name: string, shared: boolean) => {
    const joined = await joinWorkshop({ payload, actor, input: { code: workshop.code!, name, shared } })
    if (!joined.ok) throw joined.error
    return joined.value.participant.id
  }
  sharing = await join({ ...learner, collection: 'members' }, '', true)
  private_ = await join(null, 'Discret', false)
  secondSharing = await join(null, 'Partage', true)
})

describe('recordAccompaniment', () => {
  it('records an accompaniment of a participant the aidant may see: theirs, their structure’s, the learner’s', async () => {
    const result = await record(aidant, { participant: sharing, personCode: 'ignored', minutes: 45, themes: ['money'] })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({
      date: '2026-12-02T12:00:00.000Z',
      minutes: 45,
      themes: ['money'],
      kind: 'individual',
      place: 'structure',
      personCode: null,
    })
    expect(
      [result.value.aidant, result.value.structure, result.value.participant, result.value.member].map(idOf),
    ).toEqual([aidant.id, home, sharing, learner.id])
  })

  it('records an anonymous person by a code, trimmed and cut to its length', async () => {
    const result = await record(aidant, { personCode: `  ${'A'.repeat(personCodeMaxLength + 5)} ` })
    if (!result.ok) throw result.error
    expect(result.value.personCode).toBe('A'.repeat(personCodeMaxLength))
    expect(result.value.participant ?? null).toBeNull()
  })

  it('refuses anyone but an aidant', async () => {
    const staff = await createStaff(payload, 'acc.admin@example.com', 'admin')
    const before = await count()
    for (const actor of [null, { ...learner, collection: 'members' as const }, staff]) {
      const result = await record(actor, { personCode: 'X1' })
      expect(result.ok ? null : result.error.kind).toBe('not-allowed')
    }
    expect(await count()).toBe(before)
  })

  it('refuses a participant the aidant may not see: not sharing, another structure’s, or none', async () => {
    const before = await count()
    for (const [actor, participant] of [
      [aidant, private_],
      [otherAidant, sharing],
      [aidant, 999_999],
    ] as const) {
      const result = await record(actor, { participant })
      expect(result.ok ? null : [result.error.kind, result.error.fields]).toEqual([
        'not-allowed',
        { form: 'notAllowed' },
      ])
    }
    expect(await count()).toBe(before)
  })

  it('asks an aidant without a structure to join one first', async () => {
    const alone = await createMember(payload, { name: 'Solo', profile: 'aidant', email: 'acc.solo@example.com' })
    const result = await record(alone, { personCode: 'X2' })
    expect(result.ok ? null : [result.error.kind, result.error.fields]).toEqual(['invalid', { form: 'noStructure' }])
  })

  it('answers bad input field by field, all at once, and writes nothing', async () => {
    const before = await count()
    const all = await record(aidant, { date: '', minutes: 0, themes: ['gardening'] })
    expect(all.ok ? null : [all.error.kind, all.error.fields]).toEqual([
      'invalid',
      { date: 'required', minutes: 'minutes', themes: 'required' },
    ])
    for (const [over, fields] of [
      [{ date: '2026-13-45' }, { date: 'date' }],
      [{ minutes: 601 }, { minutes: 'minutes' }],
      [{ minutes: 1.5 }, { minutes: 'minutes' }],
      [{ minutes: Number.NaN }, { minutes: 'minutes' }],
      [{ themes: ['email', 'knitting'] }, { themes: 'invalid' }],
      [{ devices: ['phone', 'fax'] }, { devices: 'invalid' }],
      [{ place: 'moon' }, { place: 'invalid' }],
      [{ kind: 'party' }, { kind: 'invalid' }],
      [{ postcode: '99' }, { postcode: 'postcodeBe' }],
      [{ country: 'FR', postcode: '5000' }, { postcode: 'postcodeFr' }],
      [
        { gender: 'robot', ageBand: '200' },
        { gender: 'invalid', ageBand: 'invalid' },
      ],
      [{ kind: 'collective', participantsCount: 0 }, { participantsCount: 'number' }],
      [{ kind: 'collective', participantsCount: 501 }, { participantsCount: 'number' }],
    ] as [Partial<AccompanimentInput>, Record<string, string>][]) {
      const result = await record(aidant, over)
      expect(result.ok ? null : result.error.fields).toEqual(fields)
    }
    expect(await count()).toBe(before)
  })
})

describe('activity log v2 (issue 17)', () => {
  it('records a one-to-one activity with a minimal profile and no name, its territory from the postcode', async () => {
    const result = await record(aidant, {
      themes: ['procedures', 'email', 'procedures'],
      procedures: ['itsme', 'cpas'],
      devices: ['phone'],
      place: 'home',
      postcode: '5100',
      gender: 'female',
      ageBand: '60-69',
      situation: 'retired',
      firstTime: 'yes',
      autonomy: 'helped',
      referred: true,
      referredTo: 'social-service',
      notes: 'Aide pour sa déclaration',
    })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({
      themes: ['procedures', 'email'],
      procedures: ['itsme', 'cpas'],
      devices: ['phone'],
      place: 'home',
      territory: { country: 'BE', region: 'BE-WAL', province: 'BE-WNA', municipality: '5100' },
      beneficiary: { gender: 'female', ageBand: '60-69', situation: 'retired', firstTime: 'yes' },
      autonomy: 'helped',
      referredTo: 'social-service',
    })
  })

  it('takes the structure’s territory when no postcode is given, and a French postcode’s commune', async () => {
    const here = await record(aidant, {})
    if (!here.ok) throw here.error
    expect(here.value.territory).toMatchObject({ country: 'BE', province: 'BE-WNA' })
    const lille = await record(aidant, { country: 'FR', postcode: '59000' })
    if (!lille.ok) throw lille.error
    expect(lille.value.territory).toMatchObject({
      country: 'FR',
      region: 'FR-HDF',
      province: 'FR-59',
      municipality: '59350',
      municipalityName: 'Lille',
    })
  })

  it('records a collective workshop: no person fields, at least as many people as known participants', async () => {
    const result = await record(aidant, {
      kind: 'collective',
      title: 'Atelier smartphone',
      level: 'beginner',
      participantsCount: null,
      participant: sharing,
      personCode: 'X',
      gender: 'male',
      autonomy: 'autonomous',
    })
    if (!result.ok) throw result.error
    expect(result.value).toMatchObject({
      kind: 'collective',
      title: 'Atelier smartphone',
      level: 'beginner',
      participantsCount: 1,
      personCode: null,
      autonomy: null,
    })
    expect(result.value.participant ?? null).toBeNull()
    expect(result.value.beneficiary?.gender ?? null).toBeNull()
  })

  it('refuses through the API a collective activity with another structure’s participant', async () => {
    const before = await count()
    await expect(
      payload.create({
        collection: 'accompaniments',
        data: {
          kind: 'collective',
          date: '2026-12-02T12:00:00.000Z',
          minutes: 60,
          themes: ['email'],
          place: 'structure',
          participants: [sharing],
          aidant: 0,
          structure: 0,
        },
        user: otherAidant,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect(await count()).toBe(before)
  })

  it('ignores a territory sent by the client', async () => {
    const created = await payload.create({
      collection: 'accompaniments',
      data: {
        kind: 'individual',
        date: '2026-12-02T12:00:00.000Z',
        minutes: 20,
        themes: ['email'],
        place: 'structure',
        territory: { country: 'FR', region: 'FR-IDF', province: 'FR-75', municipality: '75056' },
        aidant: 0,
        structure: 0,
      },
      user: aidant,
      overrideAccess: false,
    })
    expect(created.territory).toMatchObject({ country: 'BE', region: 'BE-WAL', province: 'BE-WNA' })
  })
})

describe('logWorkshopPresence', () => {
  const tap = (actor: Actor, participant: number, workshop = workshopId) =>
    logWorkshopPresence({ payload, actor, input: { workshop, participant } })

  it('makes one collective activity of today per workshop and adds each learner once', async () => {
    const first = await tap(aidant, sharing)
    if (!first.ok) throw first.error
    expect(first.value).toMatchObject({ kind: 'collective', minutes: 30, participantsCount: 1, title: 'Atelier libre' })
    expect(idOf(first.value.workshop)).toBe(workshopId)
    const second = await tap(aidant, secondSharing)
    if (!second.ok) throw second.error
    expect(second.value.id).toBe(first.value.id)
    expect(second.value.participantsCount).toBe(2)
    const again = await tap(aidant, secondSharing)
    if (!again.ok) throw again.error
    expect(again.value.participantsCount).toBe(2)
  })

  it('refuses another structure’s aidant, a participant of another workshop, and anyone but an aidant', async () => {
    const before = await count()
    // A learner who does not share is not the aidant's to see, so not theirs to log either.
    expect(((await tap(aidant, private_)) as { ok: false; error: { kind: string } }).error.kind).toBe('not-found')
    expect(((await tap(otherAidant, sharing)) as { ok: false; error: { kind: string } }).error.kind).toBe('not-found')
    const elsewhere = await openWorkshop(payload, aidant)
    expect(((await tap(aidant, sharing, elsewhere.id)) as { ok: false; error: { kind: string } }).error.kind).toBe(
      'not-found',
    )
    expect(((await tap(null, sharing)) as { ok: false; error: { kind: string } }).error.kind).toBe('not-allowed')
    expect(await count()).toBe(before)
  })
})

describe('the API answers malformed activities with a save or a 4xx, never a crash', () => {
  it.each([
    ['a postcode that is a number', { postcode: 1000 }],
    ['a postcode that is a list', { postcode: ['1000'] }],
    ['participants that are text', { kind: 'collective', participants: 'x' }],
    ['participants that are not ids', { kind: 'collective', participants: ['abc'] }],
    ['a participants count that is text', { kind: 'collective', participantsCount: 'many' }],
    ['a participant that is not an id', { participant: 'abc' }],
    ['a workshop that is not an id', { workshop: { id: 'x' } }],
  ])('%s', async (_name, over) => {
    const attempt = payload.create({
      collection: 'accompaniments',
      data: {
        kind: 'individual',
        date: '2026-12-02T12:00:00.000Z',
        minutes: 30,
        themes: ['other'],
        place: 'structure',
        aidant: 0,
        structure: 0,
        ...(over as object),
      },
      user: aidant,
      overrideAccess: false,
    })
    // Either Payload reads it as it can (1000 → "1000") or it refuses it with a 4xx: never a TypeError (500).
    const outcome = await attempt.then(
      () => 'saved',
      (error: { status?: number }) => (error.status && error.status < 500 ? 'refused' : error),
    )
    expect(['saved', 'refused']).toContain(outcome)
  })
})

describe('what an aidant wrote about a person', () => {
  it('is read by its author and the référent, not by a colleague who sees the activity', async () => {
    const colleague = await createMember(payload, {
      name: 'Collègue',
      profile: 'aidant',
      email: 'acc.colleague@example.com',
      structure: home,
      structureRole: 'member',
    })
    const referent = await createMember(payload, {
      name: 'Référente',
      profile: 'aidant',
      email: 'acc.referent@example.com',
      structure: home,
      structureRole: 'referent',
    })
    const logged = await record(aidant, {
      personCode: 'MD1950',
      notes: 'Veuve, aide pour la pension',
      gender: 'female',
    })
    if (!logged.ok) throw logged.error
    const as = (user: typeof aidant) =>
      payload.findByID({ collection: 'accompaniments', id: logged.value.id, user, overrideAccess: false, depth: 0 })
    expect(await as(aidant)).toMatchObject({ personCode: 'MD1950', beneficiary: { gender: 'female' } })
    expect(await as(referent)).toMatchObject({ personCode: 'MD1950', notes: 'Veuve, aide pour la pension' })
    const seen = await as(colleague)
    expect(seen.minutes).toBe(30)
    expect([seen.personCode, seen.notes, seen.beneficiary]).toEqual([undefined, undefined, undefined])
  })
})
