import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Member, User } from '@/payload-types'

import { createModule, createTheme } from './support/fixtures'
import { createMember } from './support/members'
import { startPayload } from './support/payload'

/**
 * The content access rules, for every role: anonymous visitor, apprenant, aidant, editor, admin. (Members,
 * structures and memberships have their own matrix in members-access.test.ts.)
 */
let payload: Payload
let admin: User
let editor: User
let otherEditor: User
let themeId: number
let apprenant: Member & { collection: 'members' }
let aidant: Member & { collection: 'members' }

const asUser = (user: User | null) => ({ overrideAccess: false, user: user ?? undefined })

beforeAll(async () => {
  payload = await startPayload()
  admin = await payload.create({
    collection: 'users',
    data: { email: 'admin@example.com', password: 'secret-123', role: 'admin' },
  })
  editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@example.com', password: 'secret-123', role: 'editor' },
  })
  otherEditor = await payload.create({
    collection: 'users',
    data: { email: 'other@example.com', password: 'secret-123', role: 'editor' },
  })
  themeId = (await createTheme(payload, 'internet', 'Internet')).id
  apprenant = await createMember(payload, { name: 'Appr', username: 'appr', profile: 'apprenant' })
  aidant = await createMember(payload, { name: 'Aidant', email: 'aidant@example.com', profile: 'aidant' })
  await createModule(payload, { slug: 'publie', title: 'Module publié', themes: [themeId] })
  await createModule(payload, { slug: 'brouillon', title: 'Module brouillon', themes: [themeId], status: 'draft' })
  await payload.create({
    collection: 'community-resources',
    data: {
      title: 'Approuvée',
      slug: 'ok',
      description: 'd',
      url: 'https://example.com',
      theme: themeId,
      level: '1',
      licence: 'cc-by',
      resourceLanguage: 'fr',
      moderationStatus: 'approved',
    },
  })
  await payload.create({
    collection: 'community-resources',
    data: {
      title: 'En attente',
      slug: 'wait',
      description: 'd',
      url: 'https://example.com',
      theme: themeId,
      level: '1',
      licence: 'cc-by',
      resourceLanguage: 'fr',
      moderationStatus: 'pending',
    },
  })
})

afterAll(async () => {
  await payload.destroy()
})

const versioned = ['modules', 'trames', 'fiches', 'formations'] as const
const resources = ['trames', 'fiches', 'formations'] as const

describe('publishedOrStaff and memberContent: reading drafts', () => {
  it('anonymous readers see only published modules', async () => {
    const { docs } = await payload.find({ collection: 'modules', ...asUser(null) })
    expect(docs.map((d) => d.slug)).toEqual(['publie'])
  })

  it.each(resources)('anonymous readers cannot read %s: they are for signed-in members', async (collection) => {
    await expect(payload.find({ collection, ...asUser(null) })).rejects.toThrow(/autorisé|allowed/)
  })

  it.each(resources)('members (apprenant or aidant) read only published %s', async (collection) => {
    for (const member of [apprenant, aidant]) {
      const { docs } = await payload.find({ collection, draft: true, overrideAccess: false, user: member })
      expect(docs.map((d) => d.slug)).toEqual(['publie'])
    }
  })

  it.each(versioned)('editors and admins also see draft %s', async (collection) => {
    for (const user of [editor, admin]) {
      const { docs } = await payload.find({ collection, draft: true, ...asUser(user), sort: 'slug' })
      expect(docs.map((d) => d.slug)).toEqual(['brouillon', 'publie'])
    }
  })
})

describe('approvedOrStaff: community resources', () => {
  it('anonymous readers see approved resources only', async () => {
    const { docs } = await payload.find({ collection: 'community-resources', ...asUser(null) })
    expect(docs.map((d) => d.slug)).toEqual(['ok'])
  })

  it('staff see every resource, to moderate them', async () => {
    for (const user of [editor, admin]) {
      const { totalDocs } = await payload.count({ collection: 'community-resources', ...asUser(user) })
      expect(totalDocs).toBe(2)
    }
  })
})

describe('isStaff: writing content', () => {
  it('anonymous visitors and members cannot create, update or delete content', async () => {
    for (const user of [null, apprenant, aidant]) {
      const as = { overrideAccess: false, user: user ?? undefined }
      await expect(
        payload.create({ collection: 'themes', data: { title: 'X', slug: 'x', order: 9 }, ...as }),
      ).rejects.toThrow()
      await expect(
        payload.update({ collection: 'themes', id: themeId, data: { title: 'Piraté' }, ...as }),
      ).rejects.toThrow()
      await expect(payload.delete({ collection: 'themes', id: themeId, ...as })).rejects.toThrow()
    }
  })

  it('editors and admins can create, update and delete content', async () => {
    for (const user of [editor, admin]) {
      const theme = await payload.create({
        collection: 'themes',
        data: { title: 'Temp', slug: `temp-${user.id}`, order: 9 },
        ...asUser(user),
      })
      const updated = await payload.update({
        collection: 'themes',
        id: theme.id,
        data: { title: 'Temp 2' },
        ...asUser(user),
      })
      expect(updated.title).toBe('Temp 2')
      await payload.delete({ collection: 'themes', id: theme.id, ...asUser(user) })
    }
  })

  it('anyone reads themes and media (public reference data)', async () => {
    const { totalDocs } = await payload.count({ collection: 'themes', ...asUser(null) })
    expect(totalDocs).toBe(1)
  })
})

describe('staff accounts: isAdmin and adminOrSelf', () => {
  it('only admins create staff accounts', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'x@example.com', password: 'secret-123', role: 'editor' },
        ...asUser(null),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'y@example.com', password: 'secret-123', role: 'editor' },
        ...asUser(editor),
      }),
    ).rejects.toThrow()
    const created = await payload.create({
      collection: 'users',
      data: { email: 'z@example.com', password: 'secret-123', role: 'editor' },
      ...asUser(admin),
    })
    expect(created.email).toBe('z@example.com')
  })

  it('anonymous visitors read no staff account', async () => {
    await expect(payload.find({ collection: 'users', ...asUser(null) })).rejects.toThrow()
  })

  it('an editor reads and updates only their own account, and cannot promote themself', async () => {
    const { docs } = await payload.find({ collection: 'users', ...asUser(editor) })
    expect(docs.map((u) => u.email)).toEqual(['editor@example.com'])
    const self = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Élise', role: 'admin' },
      ...asUser(editor),
    })
    expect(self.name).toBe('Élise')
    expect(self.role).toBe('editor')
    await expect(
      payload.update({ collection: 'users', id: otherEditor.id, data: { name: 'Nope' }, ...asUser(editor) }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'users', id: otherEditor.id, ...asUser(editor) })).rejects.toThrow()
  })

  it('an admin reads every account and can change roles', async () => {
    const { totalDocs } = await payload.count({ collection: 'users', ...asUser(admin) })
    expect(totalDocs).toBeGreaterThanOrEqual(3)
    const promoted = await payload.update({
      collection: 'users',
      id: otherEditor.id,
      data: { role: 'admin' },
      ...asUser(admin),
    })
    expect(promoted.role).toBe('admin')
  })
})
