import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedCatalogue } from '@/seed/catalogue'

import { createMember } from './support/members'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload.destroy()
})

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (['themes', 'modules', 'trames', 'fiches', 'formations', 'parcours', 'community-resources'] as const).map(
        async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const,
      ),
    ),
  )

describe('demo seed', () => {
  it('is idempotent: a second run updates, it does not duplicate', async () => {
    await seedCatalogue(payload)
    const first = await counts()
    expect(first.modules).toBeGreaterThanOrEqual(30)
    expect(first.trames).toBe(first.modules)
    await seedCatalogue(payload)
    expect(await counts()).toEqual(first)
    // Two full seeds of the catalogue: ~40 s alone, more while the other test files run beside it.
  }, 180_000)

  it('publishes every module with its trame, fiche and formation, in French and Dutch', async () => {
    const { docs } = await payload.find({
      collection: 'modules',
      locale: 'nl',
      limit: 200,
      depth: 1,
      overrideAccess: false,
      // Trames, fiches and formations are for members: read as one.
      user: await createMember(payload, { name: 'Lecteur', username: 'lecteur', profile: 'apprenant' }),
    })
    expect(docs.length).toBeGreaterThanOrEqual(30)
    for (const doc of docs) {
      expect(
        typeof doc.trame === 'object' && typeof doc.fiche === 'object' && typeof doc.formation === 'object',
        doc.slug,
      ).toBe(true)
    }
    const fr = await payload.find({
      collection: 'modules',
      locale: 'fr',
      where: { slug: { equals: docs[0]!.slug } },
      depth: 0,
    })
    expect(docs[0]!.title).not.toBe(fr.docs[0]!.title)
  })

  it('is fully translated: no text of the catalogue, the FAQ or the agenda exists in one language only', async () => {
    const collections = ['modules', 'trames', 'fiches', 'formations', 'parcours', 'themes', 'faq', 'events'] as const
    for (const collection of collections) {
      const { docs } = await payload.find({ collection, limit: 500, depth: 0, draft: true, pagination: false })
      const partial = docs.filter((d) => d.translationStatus !== 'complete')
      expect(
        partial.map((d) => [d.id, d.translationGaps]),
        collection,
      ).toEqual([])
    }
  })
})

describe('formation with every kind of step', () => {
  it('has its pictures per language and its links to other modules, uploaded once', async () => {
    const media = async () => (await payload.count({ collection: 'media' })).totalDocs
    const before = await media()
    await seedCatalogue(payload)
    expect(await media()).toBe(before)
    const read = async (locale: 'fr' | 'nl') => {
      const { docs } = await payload.find({
        collection: 'formations',
        where: { slug: { equals: 'mail-lire-et-repondre' } },
        locale,
        depth: 1,
      })
      return docs[0]!.steps as unknown as { blockType: string; image?: { id: number }; learnMore?: unknown[] }[]
    }
    const [fr, nl] = [await read('fr'), await read('nl')]
    expect(new Set(fr.map((s) => s.blockType))).toEqual(
      new Set(['content', 'choice', 'hotspot', 'typeText', 'order', 'simulated']),
    )
    expect(fr.every((s) => (s.learnMore ?? []).length > 0)).toBe(true)
    const hotspot = (steps: typeof fr) => steps.find((s) => s.blockType === 'hotspot')?.image?.id
    expect(hotspot(fr)).toBeDefined()
    expect(hotspot(nl)).toBeDefined()
    expect(hotspot(fr)).not.toBe(hotspot(nl))
  })
})

describe('média seed', () => {
  it('is idempotent too, and fills what the issue asks for', async () => {
    const { seedMedia } = await import('@/seed/media')
    const log = () => undefined
    const mediaCounts = async () =>
      Object.fromEntries(
        await Promise.all(
          (['media', 'categories', 'articles', 'faq', 'events', 'newsletters', 'comments'] as const).map(
            async (collection) => [collection, (await payload.count({ collection })).totalDocs] as const,
          ),
        ),
      )
    await seedMedia(payload, log)
    const first = await mediaCounts()
    await seedMedia(payload, log)
    expect(await mediaCounts()).toEqual(first)
    const visible = await payload.find({ collection: 'articles', overrideAccess: false, locale: 'fr', limit: 0 })
    expect(visible.totalDocs).toBeGreaterThanOrEqual(12)
    const dutch = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      locale: 'nl',
      fallbackLocale: false,
      where: { title: { exists: true } },
      limit: 0,
    })
    expect(dutch.totalDocs).toBeGreaterThanOrEqual(5)
    expect(first.faq).toBeGreaterThanOrEqual(15)
    const now = new Date().toISOString()
    expect(
      (await payload.count({ collection: 'events', where: { startsAt: { greater_than: now } } })).totalDocs,
    ).toBeGreaterThanOrEqual(4)
    expect(
      (await payload.count({ collection: 'events', where: { endsAt: { less_than: now } } })).totalDocs,
    ).toBeGreaterThanOrEqual(2)
    expect(first.newsletters).toBe(1)
  }, 120_000)
})
