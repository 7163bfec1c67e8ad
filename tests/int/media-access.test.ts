import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { findArticle, findArticles } from '@/lib/media/find'

import { createMember, createStaff, createStructure } from './support/members'
import { startPayload } from './support/payload'

/**
 * The média's access rules for every role: articles (drafts and scheduled ones stay with staff), comments
 * (moderated; e-mail never public; created only by our server action), FAQ, categories, contact messages.
 */
let payload: Payload
const who: Record<string, Parameters<Payload['find']>[0]['user']> = {}
const roles = ['anonymous', 'apprenant', 'aidant', 'referent', 'editor', 'admin'] as const
const publicRoles = ['anonymous', 'apprenant', 'aidant', 'referent'] as const
const as = (role: string) => ({ overrideAccess: false, user: who[role] ?? undefined })
let published: number, draft: number, scheduled: number, frenchOnly: number, approved: number, pending: number

const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '' as const,
    indent: 0,
    direction: 'ltr' as const,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
  },
})

async function article(slug: string, status: 'draft' | 'published', daysFromNow = -1, nl = true) {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#1d4ed8' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Image' },
    file: { data: png, mimetype: 'image/png', name: `${slug}.png`, size: png.length },
  })
  const doc = await payload.create({
    collection: 'articles',
    locale: 'fr',
    data: {
      _status: status,
      slug,
      title: `Titre ${slug}`,
      excerpt: 'Chapeau',
      content: richText('Texte'),
      cover: media.id,
      author: 'Équipe',
      publishedAt: new Date(Date.now() + daysFromNow * 86_400_000).toISOString(),
    },
  })
  if (nl)
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'nl',
      data: { _status: status, title: `Titel ${slug}`, excerpt: 'Inleiding', content: richText('Tekst') },
    })
  return doc.id
}

beforeAll(async () => {
  payload = await startPayload()
  const home = await createStructure(payload, 'Média', '5000', 'Namur')
  who.apprenant = await createMember(payload, {
    name: 'A',
    username: 'media.apprenant',
    profile: 'apprenant',
    structure: home.id,
    structureRole: 'member',
  })
  who.aidant = await createMember(payload, {
    name: 'B',
    email: 'media.aidant@example.com',
    profile: 'aidant',
    structure: home.id,
    structureRole: 'member',
  })
  who.referent = await createMember(payload, {
    name: 'C',
    email: 'media.ref@example.com',
    profile: 'aidant',
    structure: home.id,
    structureRole: 'referent',
  })
  who.editor = await createStaff(payload, 'media.editor@example.com', 'editor')
  who.admin = await createStaff(payload, 'media.admin@example.com', 'admin')
  published = await article('media-publie', 'published')
  draft = await article('media-brouillon', 'draft')
  scheduled = await article('media-programme', 'published', 3)
  frenchOnly = await article('media-francais', 'published', -1, false)
  approved = (
    await payload.create({
      collection: 'comments',
      data: { article: published, name: 'Ok', email: 'ok@example.com', body: 'Bien', status: 'approved' },
    })
  ).id
  pending = (
    await payload.create({
      collection: 'comments',
      data: { article: published, name: 'Attente', email: 'wait@example.com', body: 'Hmm', status: 'pending' },
    })
  ).id
}, 120_000)

describe('articles', () => {
  it.each(publicRoles)('%s reads published, due articles only', async (role) => {
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { like: 'media-' } }, ...as(role) })
    expect(docs.map((d) => d.id).sort()).toEqual([published, frenchOnly].sort())
  })

  it.each(['editor', 'admin'])('%s reads drafts and scheduled articles too, and writes them', async (role) => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { like: 'media-' } },
      draft: true,
      ...as(role),
    })
    expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining([published, draft, scheduled, frenchOnly]))
    await expect(
      payload.update({ collection: 'articles', id: draft, data: { author: role }, draft: true, ...as(role) }),
    ).resolves.toBeTruthy()
  })

  it.each(publicRoles)('%s cannot write articles', async (role) => {
    await expect(
      payload.update({ collection: 'articles', id: published, data: { author: 'x' }, ...as(role) }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'articles', id: published, ...as(role) })).rejects.toThrow()
  })

  it('lists an article only in the languages it is written in, and shows the other version when it is missing', async () => {
    const nl = await findArticles(payload, 'nl', { q: '', category: '', page: 1 })
    expect(nl.docs.map((d) => d.id)).toContain(published)
    expect(nl.docs.map((d) => d.id)).not.toContain(frenchOnly)
    expect(await findArticle(payload, 'nl', 'media-francais')).toMatchObject({ language: 'fr', languages: ['fr'] })
    expect(await findArticle(payload, 'nl', 'media-publie')).toMatchObject({ language: 'nl', languages: ['fr', 'nl'] })
    expect(await findArticle(payload, 'fr', 'media-programme')).toBeNull()
    expect(await findArticle(payload, 'fr', 'media-brouillon')).toBeNull()
  })
})

describe('comments', () => {
  it.each(publicRoles)(
    '%s reads approved comments only, without their e-mail address, and cannot create one through the API',
    async (role) => {
      const { docs } = await payload.find({
        collection: 'comments',
        where: { article: { equals: published } },
        ...as(role),
      })
      expect(docs.map((d) => d.id)).toEqual([approved])
      expect(docs[0]!.email).toBeUndefined()
      await expect(
        payload.create({
          collection: 'comments',
          data: { article: published, name: 'X', email: 'x@example.com', body: 'Spam', status: 'approved' },
          ...as(role),
        }),
      ).rejects.toThrow()
      await expect(
        payload.update({ collection: 'comments', id: pending, data: { status: 'approved' }, ...as(role) }),
      ).rejects.toThrow()
    },
  )

  it.each(['editor', 'admin'])(
    '%s moderates: reads pending comments with their e-mail and approves them',
    async (role) => {
      const { docs } = await payload.find({
        collection: 'comments',
        where: { article: { equals: published } },
        ...as(role),
      })
      expect(docs.map((d) => d.id).sort()).toEqual([approved, pending].sort())
      expect(docs.find((d) => d.id === pending)!.email).toBe('wait@example.com')
      await payload.update({
        collection: 'comments',
        id: pending,
        data: { status: role === 'admin' ? 'approved' : 'pending' },
        ...as(role),
      })
    },
  )
})

describe('FAQ, categories and contact messages', () => {
  it.each(roles)(
    '%s: FAQ and categories are public, written by staff; contact messages are staff only',
    async (role) => {
      const staff = role === 'editor' || role === 'admin'
      await payload.find({ collection: 'faq', ...as(role) })
      await payload.find({ collection: 'categories', ...as(role) })
      const faq = payload.create({
        collection: 'faq',
        data: { question: `Q ${role}`, slug: `q-${role}`, category: 'platform', answer: richText('R') },
        ...as(role),
      })
      const category = payload.create({
        collection: 'categories',
        data: { name: `C ${role}`, slug: `c-${role}` },
        ...as(role),
      })
      const contact = payload.create({
        collection: 'contact-messages',
        data: { name: 'N', email: 'n@example.com', subject: 'S', message: 'M' },
        ...as(role),
      })
      for (const attempt of [faq, category, contact])
        await (staff ? expect(attempt).resolves.toBeTruthy() : expect(attempt).rejects.toThrow())
      const read = payload.find({ collection: 'contact-messages', ...as(role) })
      await (staff ? expect(read).resolves.toBeTruthy() : expect(read).rejects.toThrow())
    },
  )
})

describe('events and registrations', () => {
  it.each(roles)('%s: published events are public, drafts and registrations are staff only', async (role) => {
    const staff = role === 'editor' || role === 'admin'
    const base = {
      title: `Événement ${role}`,
      slug: `evenement-${role}`,
      kind: 'webinar' as const,
      summary: 'Résumé',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      capacity: 2,
      language: 'fr' as const,
      audience: 'aidants' as const,
      startsAt_tz: 'Europe/Brussels' as const,
      endsAt_tz: 'Europe/Brussels' as const,
    }
    const [open, hidden] = await Promise.all([
      payload.create({ collection: 'events', data: { ...base, _status: 'published' }, overrideAccess: true }),
      payload.create({
        collection: 'events',
        data: { ...base, slug: `${base.slug}-brouillon`, _status: 'draft' },
        overrideAccess: true,
        draft: true,
      }),
    ])
    const { docs } = await payload.find({
      collection: 'events',
      where: { slug: { like: `evenement-${role}` } },
      ...as(role),
    })
    expect(docs.map((d) => d.id).sort()).toEqual(staff ? [open.id, hidden.id].sort() : [open.id])
    const registration = payload.create({
      collection: 'event-registrations',
      data: { event: open.id, name: 'N', email: 'n@example.com', status: 'confirmed' },
      ...as(role),
    })
    await (staff ? expect(registration).resolves.toBeTruthy() : expect(registration).rejects.toThrow())
    const read = payload.find({ collection: 'event-registrations', ...as(role) })
    await (staff ? expect(read).resolves.toBeTruthy() : expect(read).rejects.toThrow())
    const write = payload.update({ collection: 'events', id: open.id, data: { capacity: 3 }, ...as(role) })
    await (staff ? expect(write).resolves.toBeTruthy() : expect(write).rejects.toThrow())
  })
})
