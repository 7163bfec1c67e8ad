import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { dashboardTiles, type Tile } from '@/lib/editorial/dashboard'
import type { User } from '@/payload-types'

import { createArticle } from './support/articles'
import { createStaff, createStructure } from './support/members'
import { startPayload } from './support/payload'

/**
 * Issue 16, point 6: the editor's dashboard counts what waits for the editorial team, through the Local API with
 * the editor's access, and links each count to the admin list filtered on the same thing.
 */
let payload: Payload
let editor: User & { collection: 'users' }

const countOf = (tiles: Tile[], key: Tile['key']) => tiles.find((tile) => tile.key === key)?.count

beforeAll(async () => {
  payload = await startPayload()
  editor = await createStaff(payload, 'dashboard-editor@example.com', 'editor')

  const article = await createArticle(payload, 'tableau-de-bord-passe', 'published', -2)
  await createArticle(payload, 'tableau-de-bord-programme', 'published', 5)
  await createArticle(payload, 'tableau-de-bord-brouillon', 'draft', 5)
  for (const [name, status] of [
    ['Ada', 'pending'],
    ['Ben', 'pending'],
    ['Chloe', 'approved'],
  ] as const) {
    await payload.create({
      collection: 'comments',
      data: { article, name, email: `${name.toLowerCase()}@example.com`, body: 'Merci pour cet article.', status },
    })
  }

  const message = { name: 'Dana', email: 'dana@example.com', subject: 'Question', message: 'Bonjour' }
  await payload.create({ collection: 'contact-messages', data: { ...message, status: 'new' } })
  await payload.create({ collection: 'contact-messages', data: { ...message, status: 'handled' } })

  const theme = await payload.create({ collection: 'themes', data: { title: 'Thème', slug: 'theme-tdb', order: 1 } })
  const resource = {
    description: 'Une fiche utile.',
    url: 'https://example.com/fiche',
    theme: theme.id,
    licence: 'cc-by' as const,
    resourceLanguage: 'fr' as const,
    level: '1' as const,
  }
  await payload.create({
    collection: 'community-resources',
    data: { ...resource, title: 'Proposée', slug: 'proposee', moderationStatus: 'pending' },
  })
  await payload.create({
    collection: 'community-resources',
    data: { ...resource, title: 'Publiée', slug: 'publiee', moderationStatus: 'approved' },
  })

  await payload.create({
    collection: 'newsletters',
    data: { subject: 'En cours', language: 'fr', intro: 'Bonjour', status: 'sending' },
  })
  await payload.create({ collection: 'newsletters', data: { subject: 'Prête', language: 'fr', intro: 'Bonjour' } })

  await createStructure(payload, 'Structure du tableau de bord')
})

describe('editor dashboard', () => {
  it('counts what waits: pending comments and proposals, new messages, scheduled articles, sendings', async () => {
    const tiles = await dashboardTiles(payload, editor)
    expect(countOf(tiles, 'comments')).toBe(2)
    expect(countOf(tiles, 'proposals')).toBe(1)
    expect(countOf(tiles, 'contactMessages')).toBe(1)
    // The published article due in five days; not the past one, not the draft.
    expect(countOf(tiles, 'scheduledArticles')).toBe(1)
    expect(countOf(tiles, 'newslettersSending')).toBe(1)
    expect(countOf(tiles, 'staleStructures')).toBe(0)
  })

  it('counts a structure whose information nobody updated for a year', async () => {
    const inTwoYears = new Date(Date.now() + 2 * 365 * 86_400_000)
    const tiles = await dashboardTiles(payload, editor, inTwoYears)
    const structures = await payload.count({ collection: 'structures' })
    expect(countOf(tiles, 'staleStructures')).toBe(structures.totalDocs)
    expect(structures.totalDocs).toBeGreaterThan(0)
  })

  it('shows reports only when the reports collection exists', async () => {
    const tiles = await dashboardTiles(payload, editor)
    expect(tiles.some((tile) => tile.key === 'reports')).toBe('reports' in payload.collections)
  })

  it('links each count to the admin list filtered on the same thing', async () => {
    const now = new Date('2026-12-03T10:00:00.000Z')
    const tiles = await dashboardTiles(payload, editor, now)
    const href = (key: Tile['key']) => decodeURIComponent(tiles.find((tile) => tile.key === key)!.href)
    expect(href('comments')).toBe('/admin/collections/comments?where[status][equals]=pending')
    expect(href('proposals')).toBe('/admin/collections/community-resources?where[moderationStatus][equals]=pending')
    expect(href('scheduledArticles')).toBe(
      '/admin/collections/articles?where[and][0][_status][equals]=published' +
        '&where[and][1][publishedAt][greater_than]=2026-12-03T10:00:00.000Z',
    )
    expect(href('staleStructures')).toBe(
      '/admin/collections/structures?where[updatedAt][less_than]=2025-12-03T10:00:00.000Z',
    )
  })

  it('counts with the reader’s access: a member sees no comment waiting and no contact message tile', async () => {
    const member = await payload.create({
      collection: 'members',
      data: { name: 'Eva', profile: 'apprenant', username: 'eva-tdb', password: 'Mot-de-passe-123', locale: 'fr' },
      overrideAccess: true,
    })
    const tiles = await dashboardTiles(payload, { ...member, collection: 'members' } as never)
    expect(countOf(tiles, 'comments')).toBe(0)
    expect(countOf(tiles, 'contactMessages')).toBeUndefined()
  })
})
