import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/payload/relations'
import type { Actor } from '@/lib/usecases/types'
import { enterCode, type EnterCodeInput } from '@/lib/workshops/enter-code'
import { joinWorkshop } from '@/lib/workshops/join-workshop'
import {
  displayPersonalCode,
  isWellFormedPersonalCode,
  newPersonalCode,
  openPersonalCode,
  personalCodeHash,
  sealPersonalCode,
} from '@/lib/workshops/personalCode'
import { printProgressCards } from '@/lib/workshops/print-progress-cards'
import { redeemPersonalCode } from '@/lib/workshops/redeem-personal-code'
import { renewPersonalCode } from '@/lib/workshops/renew-personal-code'
import { saveProgressAccount } from '@/lib/workshops/save-progress-account'
import type { Member, Workshop, WorkshopParticipant } from '@/payload-types'

import { createModule, createTheme, openWorkshop } from '@/tests/int/support/fixtures'
import { createMember, createStaff, createStructure, password } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'
import { rest } from '@/tests/int/support/rest'

/** Personal progress codes (issue 18, docs/adr/0022): issued on join, redeemed on /code, renewed by the aidant. */
let payload: Payload
let home: number
let owner: Member & { collection: 'members' }
let colleague: Member & { collection: 'members' }
let referent: Member & { collection: 'members' }
let stranger: Member & { collection: 'members' }
let workshop: Workshop
let counter = 0

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Code Liège')).id
  const elsewhere = (await createStructure(payload, 'Code Mons')).id
  const aidant = (email: string, structure: number, structureRole: 'member' | 'referent' = 'member') =>
    createMember(payload, { name: email.split('@')[0]!, profile: 'aidant', email, structure, structureRole })
  owner = await aidant('pc.owner@example.com', home)
  colleague = await aidant('pc.colleague@example.com', home)
  referent = await aidant('pc.referent@example.com', home, 'referent')
  stranger = await aidant('pc.stranger@example.com', elsewhere, 'referent')
  const theme = await createTheme(payload, 'pc-theme')
  const moduleDoc = await createModule(payload, { slug: 'pc-module', title: 'Code', themes: [theme.id] })
  workshop = await openWorkshop(payload, owner, [moduleDoc.id])
})

/** A participant who joins without an account, and the code printed on their card. */
async function participant(shared = true): Promise<{ participant: WorkshopParticipant; code: string }> {
  const joined = await joinWorkshop({
    payload,
    actor: null,
    input: { code: workshop.code!, name: `Zoé ${++counter}`, shared },
  })
  if (!joined.ok) throw joined.error
  const row = await payload.findByID({ collection: 'workshop-participants', id: joined.value.participant.id })
  return { participant: row, code: openPersonalCode(row.personalCodeSealed)! }
}

const redeem = (code: string, actor: Actor = null, now?: Date) =>
  redeemPersonalCode({ payload, actor, input: { code }, now })
const refusal = (result: { ok: boolean; error?: { kind: string; fields: object } }) =>
  result.ok ? 'ok' : [result.error!.kind, result.error!.fields]

describe('personal codes', () => {
  it('have 10 characters of the unambiguous alphabet, shown in groups of four', () => {
    const code = newPersonalCode(randomInt)
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{10}$/)
    expect(isWellFormedPersonalCode(code)).toBe(true)
    expect(displayPersonalCode('K7QM3XP9RT')).toBe('K7QM-3XP9-RT')
  })

  it('are kept as a keyed hash and a sealed copy that only the secret opens', () => {
    const sealed = sealPersonalCode('K7QM3XP9RT')
    expect(sealed).not.toContain('K7QM3XP9RT')
    expect(sealPersonalCode('K7QM3XP9RT')).not.toBe(sealed)
    expect(openPersonalCode(sealed)).toBe('K7QM3XP9RT')
    expect(personalCodeHash('K7QM3XP9RT')).toBe(personalCodeHash('K7QM3XP9RT'))
    expect(personalCodeHash('K7QM3XP9RT')).not.toContain('K7QM3XP9RT')
    const [iv, tag, body] = sealed.split('.')
    expect(openPersonalCode(`${iv}.${tag}.${body!.slice(0, -2)}AA`)).toBeNull()
    for (const garbage of [null, '', 'a.b.c', '...', '💥'.repeat(100)]) expect(openPersonalCode(garbage)).toBeNull()
  })

  it('is issued to a participant who joins without an account, never stored in clear', async () => {
    const { participant: row, code } = await participant()
    expect(isWellFormedPersonalCode(code)).toBe(true)
    expect(row.personalCodeHash).toBe(personalCodeHash(code))
    expect(JSON.stringify(row)).not.toContain(code)
  })

  it('is not issued to a member who joins with their account (they sign in)', async () => {
    const learner = await createMember(payload, { name: 'Léa', profile: 'apprenant', username: 'pc.lea' })
    const joined = await joinWorkshop({
      payload,
      actor: learner,
      input: { code: workshop.code!, name: '', shared: false },
    })
    if (!joined.ok) throw joined.error
    const row = await payload.findByID({ collection: 'workshop-participants', id: joined.value.participant.id })
    expect(row.personalCodeHash ?? null).toBeNull()
  })
})

describe('redeemPersonalCode', () => {
  it('finds the participant again, typed with or without dashes, spaces or capitals', async () => {
    const { participant: row, code } = await participant()
    for (const typed of [code, displayPersonalCode(code).toLowerCase(), ` ${code.slice(0, 5)} ${code.slice(5)} `]) {
      const result = await redeem(typed)
      if (!result.ok) throw result.error
      expect(result.value.participant.id).toBe(row.id)
      expect(result.value.workshop.id).toBe(workshop.id)
    }
  })

  it('refuses a code nobody holds and garbage as a wrong code, a blank one as required', async () => {
    for (const garbage of [
      'ZZZZZZZZZZ',
      'K7QM-3XP9-R0',
      '<script>alert(1)</script>',
      '💥'.repeat(10),
      'A'.repeat(5000),
    ])
      expect(refusal(await redeem(garbage))).toEqual(['invalid', { code: 'wrongCode' }])
    expect(refusal(await redeem('  - '))).toEqual(['invalid', { code: 'required' }])
  })

  it('says the workshop is over once it expired', async () => {
    const { code } = await participant()
    const later = new Date(new Date(workshop.expiresAt).getTime() + 1000)
    expect(refusal(await redeem(code, null, later))).toEqual(['conflict', { code: 'personalCodeExpired' }])
  })

  it('sends a participant who made an account to sign in: the code is not a password', async () => {
    const { participant: row, code } = await participant()
    const saved = await saveProgressAccount({
      payload,
      actor: null,
      input: {
        participant: row.id,
        username: `pc.saved${counter}`,
        password,
        passwordConfirm: password,
        locale: 'fr',
      },
    })
    if (!saved.ok) throw saved.error
    expect(refusal(await redeem(code))).toEqual(['conflict', { code: 'personalCodeAccount' }])
    // Nor does the aidant print or renew a card for them: they sign in.
    const renewed = await renewPersonalCode({ payload, actor: owner, input: { participant: row.id } })
    expect(refusal(renewed)).toEqual(['not-found', { form: 'notFound' }])
  })

  it('asks a signed-in member to sign out first', async () => {
    const { code } = await participant()
    expect(refusal(await redeem(code, colleague))).toEqual(['conflict', { code: 'personalCodeSignedIn' }])
  })
})

describe('renewPersonalCode', () => {
  it('gives a new code; the old one stops working at once', async () => {
    const { participant: row, code } = await participant(false)
    const renewed = await renewPersonalCode({ payload, actor: owner, input: { participant: row.id } })
    if (!renewed.ok) throw renewed.error
    expect(renewed.value.code).not.toBe(code)
    expect(refusal(await redeem(code))).toEqual(['invalid', { code: 'wrongCode' }])
    const again = await redeem(renewed.value.code)
    expect(again.ok && again.value.participant.id).toBe(row.id)
  })

  it('is for the aidant who runs the workshop and their référent only', async () => {
    const { participant: row, code } = await participant()
    const renew = (actor: Actor, id: number | null = row.id) =>
      renewPersonalCode({ payload, actor, input: { participant: id } })
    expect((await renew(referent)).ok).toBe(true)
    expect(refusal(await renew(colleague))).toEqual(['not-found', { form: 'notFound' }])
    expect(refusal(await renew(stranger))).toEqual(['not-found', { form: 'notFound' }])
    const learner = await createMember(payload, { name: 'Max', profile: 'apprenant', username: 'pc.max' })
    expect(refusal(await renew(learner))).toEqual(['not-allowed', { form: 'notAllowed' }])
    expect(refusal(await renew(null))).toEqual(['not-allowed', { form: 'notAllowed' }])
    expect(refusal(await renew(owner, null))).toEqual(['not-found', { form: 'notFound' }])
    expect(refusal(await renew(owner, 999_999))).toEqual(['not-found', { form: 'notFound' }])
    const admin = await createStaff(payload, 'pc.admin@example.com', 'admin')
    expect((await renew(admin)).ok).toBe(true)
    // The referent's and the admin's renewals each replaced the code: the first one opens nothing.
    expect(refusal(await redeem(code))).toEqual(['invalid', { code: 'wrongCode' }])
  })
})

describe('printProgressCards', () => {
  it('gives the cards of every participant without an account, sharing or not, to who runs the workshop', async () => {
    const sharing = await participant(true)
    const private_ = await participant(false)
    const result = await printProgressCards({ payload, actor: owner, input: { workshop: workshop.id } })
    if (!result.ok) throw result.error
    const codes = new Map(result.value.cards.map((card) => [card.participant, card.code]))
    expect(codes.get(sharing.participant.id)).toBe(sharing.code)
    expect(codes.get(private_.participant.id)).toBe(private_.code)
    const one = await printProgressCards({
      payload,
      actor: referent,
      input: { workshop: workshop.id, participant: private_.participant.id },
    })
    expect(one.ok && one.value.cards.map((card) => card.name)).toEqual([private_.participant.name])
    for (const actor of [colleague, stranger])
      expect(refusal(await printProgressCards({ payload, actor, input: { workshop: workshop.id } }))).toEqual([
        'not-found',
        { form: 'notFound' },
      ])
    expect(refusal(await printProgressCards({ payload, actor: null, input: { workshop: workshop.id } }))).toEqual([
      'not-allowed',
      { form: 'notAllowed' },
    ])
  })

  it('issues a code to a participant from before personal codes, when their card is first asked for', async () => {
    const { participant: row } = await participant()
    // As a participant created before issue 18 looks: no code fields.
    await payload.update({
      collection: 'workshop-participants',
      id: row.id,
      data: { personalCodeHash: null, personalCodeSealed: null },
      overrideAccess: true,
    })
    const result = await printProgressCards({
      payload,
      actor: owner,
      input: { workshop: workshop.id, participant: row.id },
    })
    if (!result.ok) throw result.error
    const redeemed = await redeem(result.value.cards[0]!.code)
    expect(redeemed.ok && redeemed.value.participant.id).toBe(row.id)
  })
})

describe('enterCode', () => {
  const enter = (over: Partial<EnterCodeInput>) =>
    enterCode({ payload, actor: null, input: { code: '', name: 'Zoé', shared: false, ip: '192.0.2.1', ...over } })

  it('joins with a workshop code and reopens progress with a personal code', async () => {
    const joined = await enter({ code: workshop.code!, ip: '192.0.2.10' })
    expect(joined.ok && joined.value.kind).toBe('joined')
    const { participant: row, code } = await participant()
    const reopened = await enter({ code: displayPersonalCode(code), name: '', ip: '192.0.2.10' })
    expect(reopened.ok && reopened.value.kind === 'reopened' && reopened.value.participant.id).toBe(row.id)
  })

  it('counts wrong workshop codes and wrong personal codes against the same limit, per address', async () => {
    const { code } = await participant()
    const ip = '192.0.2.20'
    for (let i = 0; i < 15; i++) {
      const wrong = await enter({ code: i % 2 ? 'ZZZZZZ' : 'ZZZZ-ZZZZ-ZZ', ip })
      expect(refusal(wrong)).toEqual(['invalid', { code: 'wrongCode' }])
    }
    // Even the right personal code now waits; another address is not blocked.
    expect(refusal(await enter({ code, ip }))).toEqual(['invalid', { code: 'rateLimited' }])
    expect(refusal(await enter({ code: workshop.code!, ip }))).toEqual(['invalid', { code: 'rateLimited' }])
    expect((await enter({ code, ip: '192.0.2.21' })).ok).toBe(true)
  })

  it('says a workshop code is wrong even when the name is missing, and counts it', async () => {
    const ip = '192.0.2.40'
    expect(refusal(await enter({ code: 'ZZZZZZ', name: '', ip }))).toEqual([
      'invalid',
      { code: 'wrongCode', name: 'required' },
    ])
    for (let i = 0; i < 14; i++) await enter({ code: 'ZZZZZZ', name: '', ip })
    expect(refusal(await enter({ code: workshop.code!, ip }))).toEqual(['invalid', { code: 'rateLimited' }])
  })

  it('never counts right codes: a whole room reopens its progress from one address', async () => {
    const ip = '192.0.2.30'
    for (let i = 0; i < 20; i++) {
      const { code } = await participant()
      expect((await enter({ code, ip })).ok).toBe(true)
    }
  })
})

describe('the code fields through the REST API', () => {
  it('are read by staff only and written by no client', async () => {
    const { participant: row } = await participant(true)
    const token = async (collection: 'members' | 'users', email: string) =>
      (await payload.login({ collection, data: { email, password } })).token!
    await createStaff(payload, 'pc.editor@example.com', 'editor')
    const get = async (auth: string) =>
      (await rest('GET', `/workshop-participants/${row.id}`, { headers: { Authorization: `JWT ${auth}` } })).json
    const asOwner = await get(await token('members', 'pc.owner@example.com'))
    expect(asOwner.name).toBe(row.name)
    expect(asOwner).not.toHaveProperty('personalCodeHash')
    expect(asOwner).not.toHaveProperty('personalCodeSealed')
    const staff = await token('users', 'pc.editor@example.com')
    expect((await get(staff)).personalCodeHash).toBe(row.personalCodeHash)
    const patched = await rest('PATCH', `/workshop-participants/${row.id}`, {
      body: { personalCodeHash: personalCodeHash('K7QM3XP9RT'), personalCodeSealed: 'x' },
      headers: { Authorization: `JWT ${staff}` },
    })
    expect(patched.status).toBe(200)
    const after = await payload.findByID({ collection: 'workshop-participants', id: row.id })
    expect([after.personalCodeHash, after.personalCodeSealed]).toEqual([row.personalCodeHash, row.personalCodeSealed])
    expect(idOf(after.workshop)).toBe(workshop.id)
  })
})
