import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { recommendations } from '@/lib/diagnostic/recommendations'
import { saveSimulatorResult, type SimulatorInput } from '@/lib/diagnostic/save-simulator-result'
import { saveSituationResult, type SituationInput } from '@/lib/diagnostic/save-situation-result'
import type { Actor } from '@/lib/usecases/types'
import { createWorkshop } from '@/lib/workshops/create-workshop'
import type { DiagnosticResult, Member, WorkshopParticipant } from '@/payload-types'

import { ensureDiagnostics } from '@/tests/int/support/diagnostic'
import { createModule, createTheme } from '@/tests/int/support/fixtures'
import { createMember, createStaff, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** The diagnostic use cases, called as the actions call them: a Payload instance, an actor, an input. */
let payload: Payload
let home: number
let aidant: Member & { collection: 'members' }
let ours: Member & { collection: 'members' }
let theirs: Member & { collection: 'members' }
const records = [
  { task: 'tap', outcome: 'success', attempts: 1, seconds: 4, helpUsed: false },
  { task: 'scroll', outcome: 'skipped', attempts: 0, seconds: 9, helpUsed: true },
]
let submissions = 0
const submissionId = () => `uc-diagnostic-${++submissions}`
const count = async () => (await payload.count({ collection: 'diagnostic-results' })).totalDocs
const stored = (result: { ok: true; value: DiagnosticResult } | { ok: false }) => {
  if (!result.ok) throw new Error('refused')
  return payload.findByID({ collection: 'diagnostic-results', id: result.value.id, depth: 0 })
}
const simulator = (actor: Actor, over: Partial<SimulatorInput> = {}) =>
  saveSimulatorResult({ payload, actor, input: { submissionId: submissionId(), records, locale: 'fr', ...over } })

beforeAll(async () => {
  payload = await startPayload()
  await ensureDiagnostics(payload)
  home = (await createStructure(payload, 'UC Diag Home')).id
  aidant = await createMember(payload, {
    name: 'Aïda',
    profile: 'aidant',
    email: 'uc.diag.aidant@example.com',
    structure: home,
    structureRole: 'member',
  })
  ours = await createMember(payload, {
    name: 'Oscar',
    profile: 'apprenant',
    username: 'uc.diag.oscar',
    structure: home,
    structureRole: 'member',
  })
  theirs = await createMember(payload, { name: 'Théo', profile: 'apprenant', username: 'uc.diag.theo' })
}, 120_000)

describe('saveSimulatorResult', () => {
  it('scores the records on the server and gives a code; the same submission twice returns the first result', async () => {
    const id = submissionId()
    const first = await simulator(null, { submissionId: id })
    const again = await simulator(null, { submissionId: id, records: [] })
    if (!first.ok || !again.ok) throw new Error('refused')
    expect(again.value.id).toBe(first.value.id)
    expect(first.value.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
    expect(first.value).toMatchObject({ kind: 'simulator', levels: { device: 1, typing: 0 }, member: null })
  })

  it('drops malformed records rather than trusting the browser', async () => {
    const result = await simulator(null, { records: [{ task: 'hack', outcome: 'success' }, 'nope', null] })
    expect(result.ok && result.value.answers).toEqual([])
  })

  it('refuses a submission id that is not one our pages make, and writes nothing', async () => {
    const before = await count()
    for (const bad of ['', 'short', '../../etc/passwd', 'x'.repeat(65)]) {
      const result = await simulator(ours, { submissionId: bad })
      expect(result.ok ? null : result.error.kind).toBe('invalid')
    }
    expect(await count()).toBe(before)
  })

  it('a member’s result is theirs alone; a staff user’s or a visitor’s is nobody’s', async () => {
    expect(await stored(await simulator(ours))).toMatchObject({ member: ours.id, structure: null, shared: false })
    const staff = await createStaff(payload, 'uc.diag.staff@example.com', 'editor')
    expect(await stored(await simulator(staff))).toMatchObject({ member: null, aidant: null, structure: null })
  })

  it('only an aidant chooses for whom: an apprenant naming someone else keeps it for themself', async () => {
    const result = await simulator(theirs, { learner: ours.id, learnerCode: 'XX-1' })
    expect(await stored(result)).toMatchObject({ member: theirs.id, aidant: null, learnerCode: null, structure: null })
  })

  it('an aidant runs it for an apprenant of their structure, or else for an anonymous code', async () => {
    expect(await stored(await simulator(aidant, { learner: ours.id }))).toMatchObject({
      member: ours.id,
      aidant: aidant.id,
      structure: home,
      shared: true,
      learnerCode: null,
    })
    expect(await stored(await simulator(aidant, { learner: theirs.id, learnerCode: ' TH-1990 ' }))).toMatchObject({
      member: null,
      aidant: aidant.id,
      learnerCode: 'TH-1990',
    })
  })

  it('taken in a workshop, it reaches the workshop’s structure only with the participant’s consent', async () => {
    const workshop = await createWorkshop({
      payload,
      actor: aidant,
      input: {
        title: 'Atelier diagnostic',
        date: new Date().toISOString().slice(0, 10),
        expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
        modules: [],
        parcours: [],
        diagnostic: 'simulator',
      },
    })
    if (!workshop.ok) throw workshop.error
    const participant = (shared: boolean): Promise<WorkshopParticipant> =>
      payload.create({
        collection: 'workshop-participants',
        data: { workshop: workshop.value.id, structure: home, name: shared ? 'Oui' : 'Non', shared },
        overrideAccess: true,
      })
    expect(await stored(await simulator(null, { participant: await participant(true) }))).toMatchObject({
      workshop: workshop.value.id,
      structure: home,
      shared: true,
    })
    expect(await stored(await simulator(null, { participant: await participant(false) }))).toMatchObject({
      workshop: workshop.value.id,
      structure: null,
      shared: false,
    })
  })
})

describe('saveSituationResult', () => {
  /** The form as the questionnaire page sends it (the published questionnaire's question and domain keys). */
  const form = (autonomy: Record<string, string | null> = {}, extra: Record<string, string> = {}) => {
    const data = new FormData()
    for (const [name, value] of [
      ['q.equipment', 'smartphone'],
      ['q.connection', 'mobileData'],
      ['q.usages', 'calls'],
      ['q.motivation', 'family'],
      ['q.blockers', 'fear'],
    ])
      data.append(name!, value!)
    const levels = { device: '2', typing: '1', browser: '1', email: '0', admin: '0', safety: '1', ...autonomy }
    for (const [domain, level] of Object.entries(levels)) if (level !== null) data.set(`autonomy.${domain}`, level)
    for (const [name, value] of Object.entries(extra)) data.set(name, value)
    return data
  }
  const situation = (actor: Actor, over: Partial<SituationInput> = {}) =>
    saveSituationResult({
      payload,
      actor,
      input: { submissionId: submissionId(), form: form(), locale: 'nl', ...over },
    })

  it('keeps the person’s own assessment as the levels, overall rounded down, once per submission', async () => {
    const id = submissionId()
    const result = await situation(ours, { submissionId: id })
    expect(await stored(result)).toMatchObject({
      kind: 'situation',
      locale: 'nl',
      member: ours.id,
      levels: { device: 2, email: 0 },
      overall: 0,
    })
    const again = await situation(ours, { submissionId: id })
    expect(again.ok && result.ok && again.value.id === result.value.id).toBe(true)
  })

  it('asks for every domain’s autonomy from 0 to 3, and writes nothing without it', async () => {
    const before = await count()
    const result = await situation(ours, { form: form({ email: null, safety: '4' }) })
    expect(result.ok ? null : result.error.fields).toEqual({
      'autonomy.email': 'required',
      'autonomy.safety': 'required',
    })
    const badId = await situation(ours, { submissionId: 'no' })
    expect(badId.ok ? null : badId.error.kind).toBe('invalid')
    expect(await count()).toBe(before)
  })

  it('filled by an aidant, it is the structure’s: for a chosen apprenant of it, or the person’s code', async () => {
    expect(await stored(await situation(aidant, { learner: ours.id }))).toMatchObject({
      member: ours.id,
      aidant: aidant.id,
      structure: home,
      shared: true,
    })
    const coded = await situation(aidant, { form: form({}, { learnerCode: 'MA-77' }) })
    expect(await stored(coded)).toMatchObject({ member: null, aidant: aidant.id, learnerCode: 'MA-77' })
  })
})

describe('recommendations', () => {
  it('lists the published modules the result was given, each once, in the order given; a draft is left out', async () => {
    const theme = await createTheme(payload, 'email-messagerie', 'E-mail')
    const level = (l: '0' | '1' | '2', slug: string, status: 'published' | 'draft' = 'published') =>
      createModule(payload, { slug, title: slug, level: l, themes: [theme.id], status })
    const debut = await level('0', 'uc-mail-debut')
    const suite = await level('1', 'uc-mail-suite')
    const brouillon = await level('0', 'uc-mail-brouillon', 'draft')
    const found = await recommendations(payload, 'fr', [
      { domain: 'email', modules: [suite.id, brouillon.id, debut.id], parcours: [] },
      { domain: 'admin', modules: [debut.id], parcours: [] },
    ])
    expect(found.modules.map((m) => [m.domain, m.modules.map((x) => x.slug)])).toEqual([
      ['email', ['uc-mail-suite', 'uc-mail-debut']],
      ['admin', []],
    ])
  })
})
