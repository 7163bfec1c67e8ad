import { existsSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { handleEndpoints, type CollectionSlug, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findCalendarEvents, findPublishedEvent } from '@/lib/events/find'
import { commentableArticle, fileComment } from '@/lib/media/comments'
import { findArticle, findArticles } from '@/lib/media/find'
import { countClick } from '@/lib/newsletter/clicks'
import { sitemapEntries } from '@/lib/seo/sitemap'

import { createArticle } from './support/articles'
import { createModule, createTheme } from './support/fixtures'
import { createMember, createStaff, createStructure, password } from './support/members'
import { startPayload } from './support/payload'
import { seedDiagnostics } from '@/seed/diagnostics'

/**
 * Issue 13, point 4: drafts and articles scheduled for later stay with the editorial team on every route —
 * the versions API, GraphQL (turned off), REST reads and what they populate, the RSS feed, the sitemap, the
 * iCal feed, the newsletter's click counter and the comment form.
 */
let payload: Payload
const who: Record<string, Parameters<Payload['find']>[0]['user']> = {}
const members = ['anonymous', 'apprenant', 'aidant'] as const
const staff = ['editor', 'admin'] as const
const as = (role: string) => ({ overrideAccess: false, user: who[role] ?? undefined })
const site = 'https://123digit.test'

const versioned = [
  'modules',
  'trames',
  'fiches',
  'formations',
  'parcours',
  'articles',
  'events',
  'diagnostics',
] as const
/** One document with versions in each versioned collection. */
const docs = {} as Record<(typeof versioned)[number], number>
let published: number, draft: number, scheduled: number, withNewerDraft: number
let draftModule: number, draftEvent: number, newsletter: number

const article = (slug: string, status: 'draft' | 'published', daysFromNow = -1) =>
  createArticle(payload, slug, status, daysFromNow)

function event(slug: string, status: 'draft' | 'published') {
  const data = {
    _status: status,
    title: `Événement ${slug}`,
    slug,
    kind: 'webinar' as const,
    summary: 'Résumé',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 90_000_000).toISOString(),
    capacity: 5,
    language: 'fr' as const,
    audience: 'aidants' as const,
    startsAt_tz: 'Europe/Brussels' as const,
    endsAt_tz: 'Europe/Brussels' as const,
  }
  return status === 'draft'
    ? payload.create({ collection: 'events', locale: 'fr', data, draft: true })
    : payload.create({ collection: 'events', locale: 'fr', data })
}

beforeAll(async () => {
  payload = await startPayload()
  const home = await createStructure(payload, 'Versions', '5000', 'Namur')
  who.apprenant = await createMember(payload, {
    name: 'A',
    username: 'versions.apprenant',
    profile: 'apprenant',
    structure: home.id,
    structureRole: 'member',
  })
  who.aidant = await createMember(payload, {
    name: 'B',
    email: 'versions.aidant@example.com',
    profile: 'aidant',
    structure: home.id,
    structureRole: 'member',
  })
  who.editor = await createStaff(payload, 'versions.editor@example.com', 'editor')
  who.admin = await createStaff(payload, 'versions.admin@example.com', 'admin')

  const theme = await createTheme(payload, 'versions-theme')
  const mod = await createModule(payload, { slug: 'versions-module', title: 'Module publié', themes: [theme.id] })
  const other = await createModule(payload, { slug: 'versions-autre', title: 'Autre module', themes: [theme.id] })
  draftModule = (
    await createModule(payload, {
      slug: 'versions-module-brouillon',
      title: 'Module brouillon',
      themes: [theme.id],
      status: 'draft',
    })
  ).id
  docs.modules = mod.id
  const idOf = (ref: number | { id: number } | null | undefined) => (typeof ref === 'object' ? ref!.id : ref!)
  docs.trames = idOf(mod.trame)
  docs.fiches = idOf(mod.fiche)
  docs.formations = idOf(mod.formation)
  const parcours = {
    title: 'Parcours publié',
    slug: 'versions-parcours',
    summary: 'Résumé',
    prerequisiteLevel: '0' as const,
    modules: [mod.id, draftModule, other.id],
  }
  docs.parcours = (
    await payload.create({ collection: 'parcours', locale: 'fr', data: { ...parcours, _status: 'published' } })
  ).id
  await payload.create({
    collection: 'parcours',
    locale: 'fr',
    data: { ...parcours, slug: 'versions-parcours-brouillon', _status: 'draft' },
    draft: true,
  })

  docs.diagnostics = (await seedDiagnostics(payload)).simulator

  published = await article('versions-publie', 'published')
  draft = await article('versions-brouillon', 'draft')
  scheduled = await article('versions-programme', 'published', 3)
  withNewerDraft = await article('versions-retouche', 'published')
  // An editor reworks a published article: the new text is a draft until they publish it.
  await payload.update({
    collection: 'articles',
    id: withNewerDraft,
    locale: 'fr',
    data: { title: 'Titre retouché pas encore publié', _status: 'draft' },
    draft: true,
  })
  docs.articles = withNewerDraft

  docs.events = (await event('versions-evenement', 'published')).id
  draftEvent = (await event('versions-evenement-brouillon', 'draft')).id

  newsletter = (
    await payload.create({
      collection: 'newsletters',
      data: { subject: 'Nouvelles', language: 'fr', intro: 'Bonjour', articles: [published, scheduled] },
    })
  ).id
}, 180_000)

describe('versions: staff only', () => {
  for (const collection of versioned) {
    it.each(members)(`%s reads no version of ${collection}, neither listed nor by id`, async (role) => {
      const list = payload.findVersions({ collection: collection as CollectionSlug, ...as(role) })
      await expect(list).rejects.toThrow()
      const { docs: all } = await payload.findVersions({
        collection: collection as CollectionSlug,
        where: { parent: { equals: docs[collection] } },
        overrideAccess: true,
      })
      expect(all.length).toBeGreaterThan(0)
      await expect(
        payload.findVersionByID({ collection: collection as CollectionSlug, id: String(all[0]!.id), ...as(role) }),
      ).rejects.toThrow()
      await expect(payload.countVersions({ collection: collection as CollectionSlug, ...as(role) })).rejects.toThrow()
    })

    it.each(staff)(`%s reads every version of ${collection}`, async (role) => {
      const { docs: mine } = await payload.findVersions({
        collection: collection as CollectionSlug,
        where: { parent: { equals: docs[collection] } },
        ...as(role),
      })
      expect(mine.length).toBeGreaterThan(0)
      const one = await payload.findVersionByID({
        collection: collection as CollectionSlug,
        id: String(mine[0]!.id),
        ...as(role),
      })
      expect(one.parent).toBeTruthy()
    })
  }

  it('every collection with versions has a readVersions rule, and there is no global', () => {
    for (const collection of payload.config.collections.filter((c) => c.versions))
      expect(collection.access.readVersions, collection.slug).toBeTypeOf('function')
    expect([...versioned].sort()).toEqual(
      payload.config.collections
        .filter((c) => c.versions)
        .map((c) => c.slug)
        .sort(),
    )
    expect(payload.config.globals).toEqual([])
  })

  it('over HTTP, GET /api/articles/versions answers 403 to a signed-in member and 200 to staff', async () => {
    const token = async (collection: 'members' | 'users', email: string) =>
      (await payload.login({ collection, data: { email, password } })).token
    const get = async (jwt: string) =>
      (
        await handleEndpoints({
          config,
          path: '/api/articles/versions',
          request: new Request(`${site}/api/articles/versions`, { headers: { Authorization: `JWT ${jwt}` } }),
        })
      ).status
    expect(await get((await token('members', 'versions.aidant@example.com'))!)).toBe(403)
    expect(await get((await token('users', 'versions.editor@example.com'))!)).toBe(200)
  })
})

describe('GraphQL is off', () => {
  it('is disabled in the config and has no route: /api/graphql is not found', async () => {
    expect(payload.config.graphQL.disable).toBe(true)
    const api = path.join(process.cwd(), 'app/(payload)/api')
    expect(existsSync(path.join(api, 'graphql'))).toBe(false)
    expect(existsSync(path.join(api, 'graphql-playground'))).toBe(false)
    // With no GraphQL route, Next sends /api/graphql to the REST catch-all route.
    const response = await handleEndpoints({
      config,
      path: '/api/graphql',
      request: new Request(`${site}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ versionsArticles { docs { id } } }' }),
      }),
    })
    expect(response.status).toBe(404)
  })
})

describe('REST reads: drafts and scheduled articles', () => {
  it.each(members)('%s cannot read a scheduled or draft article by id, even asking for drafts', async (role) => {
    for (const id of [scheduled, draft]) {
      await expect(payload.findByID({ collection: 'articles', id, ...as(role) })).rejects.toThrow()
      await expect(payload.findByID({ collection: 'articles', id, draft: true, ...as(role) })).rejects.toThrow()
    }
    const { docs: listed } = await payload.find({
      collection: 'articles',
      where: { slug: { like: 'versions-' } },
      draft: true,
      ...as(role),
    })
    // Asking for drafts, the public gets the latest version only when it is published and due (Payload
    // filters versions by the read rule), so the reworked article drops out rather than showing its draft.
    expect(listed.map((d) => d.id)).toContain(published)
    expect(listed.map((d) => d.id)).not.toContain(scheduled)
    expect(listed.map((d) => d.id)).not.toContain(draft)
    expect(listed.map((d) => d.title)).not.toContain('Titre retouché pas encore publié')
    const reworked = await payload.findByID({ collection: 'articles', id: withNewerDraft, draft: true, ...as(role) })
    expect(reworked.title).toBe('Titre versions-retouche')
  })

  it.each(staff)('%s reads scheduled articles and the newer draft', async (role) => {
    await expect(payload.findByID({ collection: 'articles', id: scheduled, ...as(role) })).resolves.toBeTruthy()
    const reworked = await payload.findByID({ collection: 'articles', id: withNewerDraft, draft: true, ...as(role) })
    expect(reworked.title).toBe('Titre retouché pas encore publié')
  })

  it.each(members)('%s does not get a scheduled article or a draft module through a relation', async (role) => {
    // A comment approved on a scheduled article (an editor's slip): its article is not populated.
    const comment = await payload.create({
      collection: 'comments',
      data: { article: scheduled, name: 'N', email: 'n@example.com', body: 'Tôt', status: 'approved' },
    })
    const read = await payload.findByID({ collection: 'comments', id: comment.id, depth: 1, ...as(role) })
    expect(typeof read.article === 'object' && read.article !== null ? read.article.slug : undefined).toBeUndefined()
    const route = await payload.findByID({ collection: 'parcours', id: docs.parcours, depth: 1, ...as(role) })
    const populated = route.modules.filter((m) => typeof m === 'object').map((m) => m.id)
    expect(populated).not.toContain(draftModule)
    await payload.delete({ collection: 'comments', id: comment.id })
  })
})

describe('public routes', () => {
  it('the RSS feed lists published, due articles only, never the newer draft', async () => {
    const { docs: feed } = await findArticles(payload, 'fr', { q: '', category: '', page: 1 }, 20)
    const slugs = feed.map((d) => d.slug)
    expect(slugs).toEqual(expect.arrayContaining(['versions-publie', 'versions-retouche']))
    expect(slugs).not.toContain('versions-programme')
    expect(slugs).not.toContain('versions-brouillon')
    expect(feed.map((d) => d.title)).not.toContain('Titre retouché pas encore publié')
    expect(await findArticle(payload, 'fr', 'versions-programme')).toBeNull()
  })

  it('the sitemap lists no draft or scheduled page', async () => {
    const urls = (await sitemapEntries(payload, site)).map((e) => e.url)
    expect(urls).toContain(`${site}/fr/media/versions-publie`)
    expect(urls).toContain(`${site}/fr/modules/versions-module`)
    expect(urls.some((u) => u.endsWith('/versions-evenement'))).toBe(true)
    for (const hidden of [
      'versions-programme',
      'versions-brouillon',
      'versions-module-brouillon',
      'versions-parcours-brouillon',
      'versions-evenement-brouillon',
    ])
      expect(urls.filter((u) => u.endsWith(`/${hidden}`))).toEqual([])
  })

  it('the iCal feed and the event page show published events only', async () => {
    const ids = (await findCalendarEvents(payload, 'fr')).map((e) => e.id)
    expect(ids).toContain(docs.events)
    expect(ids).not.toContain(draftEvent)
    expect(await findPublishedEvent(payload, 'fr', 'versions-evenement-brouillon')).toBeNull()
  })

  it('a newsletter click on a scheduled, draft or unknown article goes to the média, not to its slug', async () => {
    const toList = `/fr/media?utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-${newsletter}`
    expect(await countClick(payload, newsletter, published)).toBe(
      `/fr/media/versions-publie?utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-${newsletter}`,
    )
    for (const id of [scheduled, draft, 999_999]) expect(await countClick(payload, newsletter, id)).toBe(toList)
    const { docs: clicks } = await payload.find({
      collection: 'newsletter-clicks',
      where: { newsletter: { equals: newsletter } },
    })
    expect(clicks.map((c) => (typeof c.article === 'object' ? c.article.id : c.article))).toEqual([published])
  })

  it('a newsletter click with a malformed id is not found', async () => {
    for (const [n, a] of [
      [Number.NaN, published],
      [newsletter, Number.NaN],
      [newsletter, 1.5],
      [-1, published],
      [newsletter + 1000, published],
    ])
      expect(await countClick(payload, n!, a!)).toBeNull()
  })
})

describe('comments', () => {
  it('only a published, due article takes comments; tampered ids are refused', async () => {
    expect(await commentableArticle(payload, published)).toBe(published)
    expect(await commentableArticle(payload, String(published))).toBe(published)
    for (const tampered of [
      scheduled,
      draft,
      999_999,
      0,
      -published,
      published + 0.5,
      `${published}abc`,
      `${published};drop`,
      `${published}.0`,
      `${published}e0`,
      ' ',
      null,
      undefined,
      { id: published },
      [published],
    ])
      expect(await commentableArticle(payload, tampered), JSON.stringify(tampered)).toBeNull()
  })

  it('fileComment stores a pending comment on a due article and refuses any other', async () => {
    const comment = { name: 'Lectrice', email: 'lectrice@example.com', body: 'Merci', language: 'fr' as const }
    expect(await fileComment(payload, published, comment)).toBe(true)
    expect(await fileComment(payload, scheduled, comment)).toBe(false)
    expect(await fileComment(payload, `${draft}`, comment)).toBe(false)
    const { docs: stored } = await payload.find({
      collection: 'comments',
      where: { email: { equals: 'lectrice@example.com' } },
    })
    expect(stored.map((c) => [typeof c.article === 'object' ? c.article.id : c.article, c.status])).toEqual([
      [published, 'pending'],
    ])
  })
})
