import { createLocalReq, type Field, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Callout } from '@/blocks/Callout'
import { lengths } from '@/fields/lengths'
import { personCodeMaxLength } from '@/lib/accompaniments/personCode'
import { checkEmail, checkName, emailMaxLength, nameMaxLength } from '@/lib/members/validation'
import type { FieldErrors } from '@/lib/forms/types'
import { checkStructure, structureMaxLengths, type StructureInput } from '@/lib/structures/details'
import { checkWorkshop, workshopTitleMaxLength } from '@/lib/workshops/validation'

import { createMember, createStructure, fresh } from './support/members'
import { startPayload } from './support/payload'

/**
 * Issue 13, point 11: every text, textarea and e-mail field has a length bound, enforced by the collection
 * (so REST, the admin and the site's forms refuse the same values), and each site form checks the same bound
 * as the collection it writes. The probe had stored a 5,000-character name through REST.
 */
let payload: Payload
type Member = Awaited<ReturnType<typeof createMember>>
let referent: Member
let aidant: Member
let s1: number

const long = (length: number) => 'a'.repeat(length)
/** A well-formed address of exactly `length` characters. */
const emailOf = (length: number) => `${'a'.repeat(length - '@example.com'.length)}@example.com`
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
const today = () => new Date().toISOString().slice(0, 10)

/** The status of the error a write throws (400 for a ValidationError), or 'ok'. */
async function statusOf(write: () => Promise<unknown>): Promise<number | 'ok'> {
  try {
    await write()
    return 'ok'
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (typeof status === 'number') return status
    throw error
  }
}

type AnyField = Record<string, unknown> & { type: string; name?: string }

/** The stored fields of a field list, recursively through groups, arrays, blocks, tabs, rows and collapsibles. */
function* walk(fields: readonly Field[], path: string): Generator<[string, AnyField]> {
  for (const field of fields as unknown as AnyField[]) {
    const here = field.name ? `${path}.${field.name}` : path
    yield [here, field]
    if (Array.isArray(field.fields)) yield* walk(field.fields as Field[], here)
    if (Array.isArray(field.tabs))
      for (const tab of field.tabs as { name?: string; fields: Field[] }[])
        yield* walk(tab.fields, tab.name ? `${here}.${tab.name}` : here)
    if (Array.isArray(field.blocks))
      for (const block of field.blocks as { slug: string; fields: Field[] }[])
        yield* walk(block.fields, `${here}[${block.slug}]`)
  }
}

/**
 * Text fields Payload adds on its own, not ours to bound: the ids of array rows and blocks and the blocks'
 * labels (`blockName`), an upload's file data (set from the file by Payload), the password hash and salt, the
 * reset token and the session ids of auth collections (set by Payload only, never from the request).
 */
const addedByPayload = (path: string) =>
  /\.(id|blockName)$/.test(path) ||
  /^media\.(url|thumbnailURL|filename|mimeType|_objectKey|sizes\..*)$/.test(path) ||
  /^(members|users)\.(salt|hash|resetPasswordToken|sessions\.id)$/.test(path)

function textFields() {
  const found: [string, AnyField][] = []
  for (const collection of payload.config.collections) {
    // Payload's own collections (preferences, locked documents, migrations, key-value store).
    if (collection.slug.startsWith('payload-')) continue
    for (const [path, field] of walk(collection.fields, collection.slug))
      if (['text', 'textarea', 'email'].includes(field.type) && !addedByPayload(path)) found.push([path, field])
  }
  // The article body's callout block lives in the rich-text editor, outside the collections' field lists.
  for (const [path, field] of walk(Callout.fields, 'articles.content[callout]'))
    if (['text', 'textarea', 'email'].includes(field.type) && !addedByPayload(path)) found.push([path, field])
  return found
}

/** The field of a collection at a dotted path (through groups, rows, arrays…). */
function fieldAt(collection: string, path: string): AnyField {
  const config = payload.config.collections.find((c) => c.slug === collection)!
  const match = [...walk(config.fields, collection)].find(([p]) => p === `${collection}.${path}`)
  if (!match) throw new Error(`no field ${collection}.${path}`)
  return match[1]
}

const structureInput = (extra: Partial<StructureInput> = {}): StructureInput => ({
  name: 'Structure',
  type: 'association',
  address: 'Rue 1',
  addressComplement: '',
  postcode: '5000',
  city: 'Namur',
  country: 'BE',
  latitude: null,
  longitude: null,
  audiences: [],
  specificSupport: [],
  services: [],
  accompanimentModes: [],
  fees: [],
  openingHours: [],
  phone: '',
  email: '',
  website: '',
  description: '',
  pivot: '',
  ...extra,
})

beforeAll(async () => {
  payload = await startPayload()
  s1 = (await createStructure(payload, 'Longueurs Un', '5000', 'Namur')).id
  referent = await createMember(payload, {
    name: 'Référente',
    email: 'referente.longueurs@example.com',
    profile: 'aidant',
    structure: s1,
    structureRole: 'referent',
  })
  aidant = await createMember(payload, {
    name: 'Aidant',
    email: 'aidant.longueurs@example.com',
    profile: 'aidant',
    structure: s1,
    structureRole: 'member',
  })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('every text field has a bound', () => {
  it('every text, textarea and e-mail field of every collection declares one', () => {
    const fields = textFields()
    expect(fields.length).toBeGreaterThan(100)
    // E-mail fields have no `maxLength` setting in Payload: theirs is in their validator (fields/maxLength.ts).
    const unbounded = fields
      .filter(([, field]) => field.type !== 'email' && typeof field.maxLength !== 'number')
      .map(([path]) => path)
    expect(unbounded).toEqual([])
  })

  it('every such field refuses a value one character over its bound', async () => {
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    const accepted: string[] = []
    for (const [path, field] of textFields()) {
      const max = field.type === 'email' ? lengths.email : (field.maxLength as number)
      // Shaped like a valid value, so only the length can be the reason for a refusal.
      const value =
        field.type === 'email'
          ? emailOf(max + 1)
          : /url|website/i.test(field.name ?? '')
            ? `https://example.com/${long(max + 1 - 'https://example.com/'.length)}`
            : long(max + 1)
      const validate = field.validate as (value: unknown, options: Record<string, unknown>) => Promise<unknown>
      const result = await validate(field.hasMany ? [value] : value, {
        ...field,
        collectionSlug: path.split('.')[0]!.split('[')[0],
        data: {},
        siblingData: {},
        operation: 'update',
        req,
      })
      if (result === true) accepted.push(path)
    }
    expect(accepted).toEqual([])
  })

  it('a well-formed e-mail address at the bound is accepted, one character more is refused', async () => {
    const req = (await createLocalReq({}, payload)) as PayloadRequest
    const validate = fieldAt('structures', 'email').validate as (v: unknown, o: object) => unknown
    expect(await validate(emailOf(lengths.email), { req, siblingData: {} })).toBe(true)
    expect(await validate(emailOf(lengths.email + 1), { req, siblingData: {} })).toEqual(expect.any(String))
  })
})

describe('member-writable collections refuse over-long values through the API, as their forms do', () => {
  it('structures: a référent cannot store a name longer than the form allows', async () => {
    for (const [field, max] of Object.entries(structureMaxLengths))
      expect([field, fieldAt('structures', field).maxLength ?? lengths.email]).toEqual([field, max])
    const user = await fresh(payload, referent)
    const update = (name: string) =>
      payload.update({ collection: 'structures', id: s1, data: { name }, user, overrideAccess: false })
    expect(await statusOf(() => update(long(5_000)))).toBe(400)
    expect(await statusOf(() => update(long(structureMaxLengths.name + 1)))).toBe(400)
    expect(await statusOf(() => update(long(structureMaxLengths.name)))).toBe('ok')
    expect(checkStructure(structureInput({ name: long(structureMaxLengths.name + 1) })).name).toBe('tooLong')
    expect(checkStructure(structureInput({ name: long(structureMaxLengths.name) })).name).toBeUndefined()
    expect(checkStructure(structureInput({ description: long(structureMaxLengths.description + 1) })).description).toBe(
      'tooLong',
    )
    const website = (length: number) => ({ website: `https://example.com/${long(length - 20)}` })
    expect(
      await statusOf(() =>
        payload.update({
          collection: 'structures',
          id: s1,
          data: website(structureMaxLengths.website + 1),
          user,
          overrideAccess: false,
        }),
      ),
    ).toBe(400)
  })

  it('memberships: a référent cannot invite an address longer than the form allows', async () => {
    const user = await fresh(payload, referent)
    const invite = (email: string) =>
      payload.create({
        collection: 'memberships',
        data: { kind: 'invitation', structure: s1, email, profile: 'aidant', status: 'pending' },
        user,
        overrideAccess: false,
      })
    expect(await statusOf(() => invite(emailOf(emailMaxLength + 1)))).toBe(400)
    expect(await statusOf(() => invite(emailOf(emailMaxLength)))).toBe('ok')
    const errors: FieldErrors = {}
    checkEmail(errors, emailOf(emailMaxLength + 1), true)
    expect(errors.email).toBe('email')
    const none: FieldErrors = {}
    checkEmail(none, emailOf(emailMaxLength), true)
    expect(none).toEqual({})
  })

  it('workshops: an aidant cannot create one with a title longer than the form allows', async () => {
    expect(fieldAt('workshops', 'title').maxLength).toBe(workshopTitleMaxLength)
    const user = await fresh(payload, aidant)
    const create = (title: string) =>
      payload.create({
        collection: 'workshops',
        data: { title, date: days(0), expiresAt: days(7), aidant: user.id, structure: s1 },
        user,
        overrideAccess: false,
      })
    expect(await statusOf(() => create(long(workshopTitleMaxLength + 1)))).toBe(400)
    expect(await statusOf(() => create(long(workshopTitleMaxLength)))).toBe('ok')
    const form = (title: string) =>
      checkWorkshop({ title, date: today(), expiresAt: today(), modules: [1], parcours: [], diagnostic: '' }, today())
    expect(form(long(workshopTitleMaxLength + 1)).title).toBe('tooLong')
    expect(form(long(workshopTitleMaxLength)).title).toBeUndefined()
  })

  it('accompaniments: an aidant cannot store a person code longer than the form keeps', async () => {
    expect(fieldAt('accompaniments', 'personCode').maxLength).toBe(personCodeMaxLength)
    const user = await fresh(payload, aidant)
    const create = (personCode: string) =>
      payload.create({
        collection: 'accompaniments',
        data: {
          date: days(0),
          themes: ['email'],
          kind: 'individual',
          place: 'structure',
          minutes: 30,
          personCode,
          aidant: user.id,
          structure: s1,
        },
        user,
        overrideAccess: false,
      })
    expect(await statusOf(() => create(long(personCodeMaxLength + 1)))).toBe(400)
    expect(await statusOf(() => create(long(personCodeMaxLength)))).toBe('ok')
  })

  it('members: a member cannot give themself a name longer than the forms allow', async () => {
    expect(fieldAt('members', 'name').maxLength).toBe(nameMaxLength)
    const user = await fresh(payload, aidant)
    const rename = (name: string) =>
      payload.update({ collection: 'members', id: user.id, data: { name }, user, overrideAccess: false })
    expect(await statusOf(() => rename(long(5_000)))).toBe(400)
    expect(await statusOf(() => rename(long(nameMaxLength + 1)))).toBe(400)
    expect(await statusOf(() => rename(long(nameMaxLength)))).toBe('ok')
    const errors: FieldErrors = {}
    checkName(errors, long(nameMaxLength + 1))
    expect(errors.name).toBe('tooLong')
  })
})
