import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/payload/relations'
import { addDays, brusselsDay, endOfBrusselsDay, startOfBrusselsDay } from '@/lib/time/brussels'
import { createWorkshop } from '@/lib/workshops/create-workshop'
import type { WorkshopInput } from '@/lib/workshops/validation'
import type { Member } from '@/payload-types'

import { createMember, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** The workshop use cases, called as the server actions call them: a Payload instance, an actor, an input. */
let payload: Payload
let home: number
let aidant: Member & { collection: 'members' }
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
})

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
