import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RateLimiter } from '@/lib/auth/rateLimit'
import { proposeResource, type ProposeInput } from '@/lib/resources/propose-resource'
import { proposalsOf } from '@/lib/resources/queries'
import { reportContent } from '@/lib/resources/report-content'
import type { Member, Structure, Theme, User } from '@/payload-types'
import { minimalPdf, textNamedPdf } from '@/tests/support/files'
import { type ReceivedMail, settledCount } from '@/tests/support/smtp'

import { createTheme } from './support/fixtures'
import { startPayloadWithSmtp } from './support/mail'
import { createMember, createStaff, createStructure, password } from './support/members'
import { rest } from './support/rest'

/**
 * Issue 16, point 2: aidants propose community resources (pending until an editor decides), editors refuse
 * with a reason mailed to the contributor, members report resources and modules. Access through the Local
 * API with overrideAccess off and through REST with a member's token, as a client would.
 */
let payload: Payload
let stop: () => Promise<void>
let mailTo: (address: string) => Promise<ReceivedMail>
let mails: ReceivedMail[]
let structure: Structure
let theme: Theme
let aidant: Member & { collection: 'members' }
let dutchAidant: Member & { collection: 'members' }
let other: Member & { collection: 'members' }
let apprenant: Member & { collection: 'members' }
let editor: User & { collection: 'users' }
let aidantToken: string

const [pdf, notPdf] = [minimalPdf, textNamedPdf]

const input = (over: Partial<ProposeInput> = {}): ProposeInput => ({
  title: 'Guide de la tablette',
  description: 'Les premiers gestes sur une tablette.',
  theme: String(theme.id),
  level: '0',
  audience: 'Personnes âgées',
  licence: 'cc-by-sa',
  url: 'https://www.exemple.be/guide',
  hasFile: false,
  file: null,
  attributePerson: true,
  attributeStructure: true,
  locale: 'fr',
  ...over,
})
const unlimited = () => new RateLimiter(1000, 60_000)
const as = (user: unknown) => ({ overrideAccess: false, user }) as const
const auth = (token: string) => ({ Authorization: `JWT ${token}` })

async function propose(actor: Member & { collection: 'members' }, over: Partial<ProposeInput> = {}) {
  const result = await proposeResource({ payload, actor, input: input(over), limiter: unlimited() })
  if (!result.ok) throw new Error(JSON.stringify(result.error.fields))
  return result.value
}

beforeAll(async () => {
  ;({ payload, stop, mailTo, mails } = await startPayloadWithSmtp())
  structure = await createStructure(payload, 'EPN des Tests')
  theme = await createTheme(payload, 'tablette', 'Tablette')
  aidant = await createMember(payload, {
    name: 'Alice Aidante',
    email: 'alice@example.com',
    profile: 'aidant',
    structure: structure.id,
    structureRole: 'member',
  })
  dutchAidant = await createMember(payload, {
    name: 'Bram',
    email: 'bram@example.com',
    profile: 'aidant',
    locale: 'nl',
  })
  other = await createMember(payload, { name: 'Autre', email: 'autre@example.com', profile: 'aidant' })
  apprenant = await createMember(payload, { name: 'Appr', username: 'appr.res', profile: 'apprenant' })
  editor = await createStaff(payload, 'editeur@example.com', 'editor')
  aidantToken = (await payload.login({ collection: 'members', data: { email: 'alice@example.com', password } })).token!
})

afterAll(async () => {
  await stop?.()
})

describe('an aidant proposes a resource', () => {
  it('is stored pending, attributed to them and their structure by the server, in both languages', async () => {
    const id = await propose(aidant)
    const doc = await payload.findByID({ collection: 'community-resources', id, depth: 0, locale: 'nl' })
    expect(doc).toMatchObject({
      title: 'Guide de la tablette',
      moderationStatus: 'pending',
      proposedBy: aidant.id,
      proposedStructure: structure.id,
      authorPerson: 'Alice Aidante',
      authorOrganisation: 'EPN des Tests',
      licence: 'cc-by-sa',
      resourceLanguage: 'fr',
    })
  })

  it('with a real PDF: the file is stored with the type its content shows', async () => {
    const id = await propose(aidant, { url: '', file: { bytes: pdf, name: 'fiche.PDF' } })
    const doc = await payload.findByID({ collection: 'community-resources', id, depth: 1 })
    expect(doc.file).toMatchObject({ mimeType: 'application/pdf', filename: expect.stringMatching(/^fiche.*\.pdf$/) })
  })

  it('its file stays private until an editor approves the resource, and hides again if the approval is taken back', async () => {
    const id = await propose(aidant, { url: '', file: { bytes: pdf, name: 'privee.pdf' } })
    const file = (await payload.findByID({ collection: 'community-resources', id, depth: 0 })).file as number
    const readBy = async (user: unknown) =>
      (await payload.find({ collection: 'media', where: { id: { equals: file } }, ...as(user) })).totalDocs
    expect([await readBy(undefined), await readBy(aidant), await readBy(editor)]).toEqual([0, 0, 1])
    // Nobody sets the flag through the API, staff included.
    await payload.update({ collection: 'media', id: file, data: { awaitingReview: false }, ...as(editor) })
    expect(await readBy(undefined)).toBe(0)

    await payload.update({
      collection: 'community-resources',
      id,
      data: { moderationStatus: 'approved' },
      ...as(editor),
    })
    expect(await readBy(undefined)).toBe(1)
    await payload.update({
      collection: 'community-resources',
      id,
      data: { moderationStatus: 'pending' },
      ...as(editor),
    })
    expect(await readBy(undefined)).toBe(0)
  })

  it('refuses a text file that claims to be a PDF, and names each bad field', async () => {
    const result = await proposeResource({
      payload,
      actor: aidant,
      input: input({ title: '', url: '', licence: 'gpl', file: { bytes: notPdf, name: 'faux.pdf' } }),
      limiter: unlimited(),
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.fields).toEqual({ title: 'required', licence: 'required', file: 'fileType' })
  })

  it('only from the aidant’s own structure, and only for aidants', async () => {
    const result = await proposeResource({
      payload,
      actor: other,
      input: input({ attributePerson: false }),
      limiter: unlimited(),
    })
    expect(!result.ok && result.error.fields).toEqual({ attribution: 'notAllowed' })
    const learner = await proposeResource({ payload, actor: apprenant, input: input(), limiter: unlimited() })
    expect(!learner.ok && learner.error.kind).toBe('not-allowed')
  })

  it('is rate-limited per member', async () => {
    const limiter = new RateLimiter(1, 60_000)
    expect(
      (await proposeResource({ payload, actor: other, input: input({ attributeStructure: false }), limiter })).ok,
    ).toBe(true)
    const second = await proposeResource({
      payload,
      actor: other,
      input: input({ attributeStructure: false }),
      limiter,
    })
    expect(!second.ok && second.error.fields).toEqual({ form: 'rateLimited' })
  })
})

describe('who may read and decide a proposal', () => {
  it('the contributor reads their pending proposal; other members and visitors do not', async () => {
    const id = await propose(aidant)
    const read = (user: unknown) =>
      payload.find({ collection: 'community-resources', where: { id: { equals: id } }, ...as(user) })
    expect((await read(aidant)).docs).toHaveLength(1)
    expect((await read(other)).docs).toHaveLength(0)
    expect((await read(undefined)).docs).toHaveLength(0)
  })

  it('the contributor cannot approve it, nor create a resource, nor set who proposed it (Local API and REST)', async () => {
    const id = await propose(aidant)
    await expect(
      payload.update({ collection: 'community-resources', id, data: { moderationStatus: 'approved' }, ...as(aidant) }),
    ).rejects.toMatchObject({ status: 403 })
    const patch = await rest('PATCH', `/community-resources/${id}`, {
      body: { moderationStatus: 'approved', refusalReason: 'moi' },
      headers: auth(aidantToken),
    })
    expect(patch.status).toBe(403)
    const post = await rest('POST', '/community-resources', {
      body: { ...input(), slug: 'pirate', moderationStatus: 'approved', proposedBy: other.id },
      headers: auth(aidantToken),
    })
    expect(post.status).toBe(403)
    expect((await payload.findByID({ collection: 'community-resources', id })).moderationStatus).toBe('pending')
  })

  it('staff may not set who proposed it either: the field is the server’s', async () => {
    const id = await propose(aidant)
    await payload.update({ collection: 'community-resources', id, data: { proposedBy: other.id }, ...as(editor) })
    expect((await payload.findByID({ collection: 'community-resources', id, depth: 0 })).proposedBy).toBe(aidant.id)
  })

  it('garbage from staff is a 400 with the reason, never a 500', async () => {
    const { token } = await payload.login({ collection: 'users', data: { email: 'editeur@example.com', password } })
    const id = await propose(aidant)
    const patch = (body: unknown) => rest('PATCH', `/community-resources/${id}`, { body, headers: auth(token!) })
    expect((await patch({ moderationStatus: 'peut-être' })).status).toBe(400)
    expect((await patch({ licence: 'gpl' })).status).toBe(400)
    expect((await patch({ url: 'javascript:alert(1)' })).status).toBe(400)
    const noReason = await patch({ moderationStatus: 'rejected' })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.json)).toContain('Indiquez le motif du refus.')
  })

  it('a refusal with a reason is mailed to the contributor, in their language, and shown to them only', async () => {
    const id = await propose(dutchAidant, { locale: 'nl', title: 'Gids voor de tablet', attributeStructure: false })
    await payload.update({
      collection: 'community-resources',
      id,
      data: { moderationStatus: 'rejected', refusalReason: 'De link werkt niet meer.' },
      ...as(editor),
    })
    const mail = await mailTo('bram@example.com')
    expect(mail.subject).toBe('Je voorstel ‘Gids voor de tablet’ werd niet gepubliceerd')
    expect(mail.text).toContain('De link werkt niet meer.')
    expect(mail.text).toMatch(/\/nl\/helpersruimte\/bronnen/)
    const mine = await payload.findByID({ collection: 'community-resources', id, ...as(dutchAidant) })
    expect(mine.refusalReason).toBe('De link werkt niet meer.')
  })

  it('an approval is mailed to the contributor once, in their language, with a link to the published listing', async () => {
    const chloe = await createMember(payload, { name: 'Chloé', email: 'chloe@example.com', profile: 'aidant' })
    const id = await propose(chloe, { title: 'Guide du smartphone', attributeStructure: false })
    const approve = () =>
      payload.update({ collection: 'community-resources', id, data: { moderationStatus: 'approved' }, ...as(editor) })
    await approve()
    const mail = await mailTo('chloe@example.com')
    expect(mail.subject).toBe('Votre proposition «\u00a0Guide du smartphone\u00a0» est publiée')
    expect(mail.text).toContain('Bonjour Chloé,')
    expect(mail.text).toMatch(/\/fr\/ressources-communaute/)
    // Saving the approved resource again (an editor fixing a typo) sends nothing more.
    await payload.update({ collection: 'community-resources', id, data: { description: 'Corrigé.' }, ...as(editor) })
    await approve()
    expect(await settledCount(mails, 'chloe@example.com')).toBe(1)
  })

  it('"Mes propositions" lists the member’s own proposals only, with the refusal reason', async () => {
    const mine = await proposalsOf(payload, dutchAidant, 'nl')
    expect(mine.map((p) => p.title)).toContain('Gids voor de tablet')
    expect(mine.find((p) => p.title === 'Gids voor de tablet')).toMatchObject({
      moderationStatus: 'rejected',
      refusalReason: 'De link werkt niet meer.',
    })
    expect((await proposalsOf(payload, other, 'fr')).every((p) => p.title !== 'Gids voor de tablet')).toBe(true)
  })

  it('once approved, everyone sees it, without who proposed it nor any refusal reason', async () => {
    const id = await propose(aidant)
    await payload.update({
      collection: 'community-resources',
      id,
      data: { moderationStatus: 'approved' },
      ...as(editor),
    })
    const seen = await payload.findByID({ collection: 'community-resources', id, ...as(undefined) })
    expect(seen).toMatchObject({ authorPerson: 'Alice Aidante', licence: 'cc-by-sa' })
    expect(seen.proposedBy).toBeUndefined()
    expect(seen.refusalReason).toBeUndefined()
  })
})

describe('members report a resource or a module', () => {
  it('the reporter is set by the server, the status stays open, and only staff handle it', async () => {
    const resource = await propose(aidant)
    await payload.update({ collection: 'community-resources', id: resource, data: { moderationStatus: 'approved' } })
    const report = await payload.create({
      collection: 'reports',
      data: {
        target: { relationTo: 'community-resources', value: resource },
        reason: 'broken-link',
        comment: 'Le lien mène à une page vide.',
        reporter: other.id,
        status: 'resolved',
        staffNote: 'moi',
      },
      ...as(aidant),
    })
    expect({ ...report, reporter: (report.reporter as Member).id }).toMatchObject({
      reporter: aidant.id,
      status: 'open',
    })
    expect(report.staffNote).toBeUndefined()
    expect((await payload.find({ collection: 'reports', ...as(other) })).docs).toHaveLength(0)
    expect((await payload.find({ collection: 'reports', ...as(aidant) })).docs.map((r) => r.id)).toEqual([report.id])
    await expect(
      payload.update({ collection: 'reports', id: report.id, data: { status: 'resolved' }, ...as(aidant) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'reports',
        data: { target: { relationTo: 'community-resources', value: resource }, reason: 'error', status: 'open' },
        ...as(undefined),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const handled = await payload.update({
      collection: 'reports',
      id: report.id,
      data: { status: 'resolved', staffNote: 'Lien corrigé.' },
      ...as(editor),
    })
    expect(handled).toMatchObject({ status: 'resolved', staffNote: 'Lien corrigé.' })
    const own = await payload.findByID({ collection: 'reports', id: report.id, ...as(aidant) })
    expect(own.staffNote).toBeUndefined()
  })

  it('through the use case: a target the member cannot see is not found, a bad reason is named', async () => {
    const pending = await propose(other, { attributeStructure: false })
    expect(
      (
        await reportContent({
          payload,
          actor: aidant,
          input: { kind: 'ressource', id: pending, reason: 'error', comment: '' },
        })
      ).ok,
    ).toBe(false)
    const mine = await propose(aidant)
    const bad = await reportContent({
      payload,
      actor: aidant,
      input: { kind: 'ressource', id: mine, reason: 'boring', comment: '' },
    })
    expect(!bad.ok && bad.error.fields).toEqual({ reason: 'required' })
  })

  it('garbage through REST is a 4xx, never a 500', async () => {
    const post = (body: unknown) => rest('POST', '/reports', { body, headers: auth(aidantToken) })
    expect((await post({ target: { relationTo: 'users', value: 1 }, reason: 'error' })).status).toBe(400)
    expect((await post({ target: { relationTo: 'modules', value: 999999 }, reason: 'error' })).status).toBe(400)
    expect((await post({ target: 'n’importe quoi', reason: 'error' })).status).toBe(400)
    expect((await post({ reason: 'nope' })).status).toBe(400)
    expect((await rest('POST', '/reports', { body: { reason: 'error' } })).status).toBe(403)
  })

  it('someone else’s pending proposal answers as one that does not exist: reports reveal nothing', async () => {
    const hidden = await propose(other, { attributeStructure: false })
    const post = (value: number) =>
      rest('POST', '/reports', {
        body: { target: { relationTo: 'community-resources', value }, reason: 'error' },
        headers: auth(aidantToken),
      })
    const [pending, missing] = [await post(hidden), await post(99_999_999)]
    expect([pending.status, missing.status]).toEqual([400, 400])
    expect(pending.json).toEqual(missing.json)
    expect(await payload.count({ collection: 'reports', where: { 'target.value': { equals: hidden } } })).toEqual({
      totalDocs: 0,
    })
  })
})
