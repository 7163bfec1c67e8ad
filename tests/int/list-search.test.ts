import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchCommunityResources } from '@/lib/catalogue/find'
import { searchFaq } from '@/lib/faq/search'
import { searchArticles } from '@/lib/media/find'
import { highlight } from '@/lib/search/engine'
import { daysFromNow, pngFile, richText } from '@/tests/int/access-matrix/world'

import { createTheme } from './support/fixtures'
import { startPayload } from './support/payload'

/**
 * The média, help centre and community resources searched through the site's engine (lib/search/page.ts):
 * what each finds, in which order, with which filters, a page at a time, and what it never shows.
 */
let payload: Payload
const ids: Record<string, number> = {}

async function article(
  slug: string,
  fr: { title: string; excerpt: string },
  options: { category?: number; days?: number; draft?: boolean; nl?: { title: string; excerpt: string } } = {},
) {
  const cover = await payload.create({
    collection: 'media',
    data: { alt: 'Image' },
    file: await pngFile(`${slug}.png`),
  })
  const data = {
    _status: options.draft ? ('draft' as const) : ('published' as const),
    slug,
    ...fr,
    content: richText('Un texte.'),
    cover: cover.id,
    author: 'Équipe',
    publishedAt: daysFromNow(options.days ?? -1),
    categories: options.category ? [options.category] : [],
  }
  const doc = options.draft
    ? await payload.create({ collection: 'articles', locale: 'fr', data, draft: true })
    : await payload.create({ collection: 'articles', locale: 'fr', data })
  if (options.nl)
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'nl',
      data: { ...options.nl, content: data.content },
    })
  ids[slug] = doc.id
}

async function resource(title: string, description: string, theme: number, level: '0' | '1', approved = true) {
  const doc = await payload.create({
    collection: 'community-resources',
    locale: 'fr',
    data: {
      title,
      slug: title.toLowerCase().replaceAll(' ', '-'),
      description,
      theme,
      level,
      licence: 'cc-by',
      resourceLanguage: 'fr',
      url: 'https://example.org/ressource',
      moderationStatus: approved ? 'approved' : 'pending',
    },
  })
  ids[title] = doc.id
}

beforeAll(async () => {
  payload = await startPayload()
  const tips = await payload.create({
    collection: 'categories',
    locale: 'fr',
    data: { name: 'Bonnes pratiques', slug: 'bonnes-pratiques' },
  })
  const news = await payload.create({
    collection: 'categories',
    locale: 'fr',
    data: { name: 'Actualités', slug: 'actualites' },
  })
  await article(
    'arnaques-sms',
    { title: 'Arnaques par SMS : les repérer', excerpt: 'Reconnaître un message frauduleux avec les apprenants.' },
    {
      category: tips.id,
      nl: { title: 'Oplichting via sms herkennen', excerpt: 'Een frauduleus bericht herkennen met de leerders.' },
    },
  )
  await article(
    'sms-banque',
    { title: 'La banque n’envoie jamais ce genre de message', excerpt: 'Un SMS qui demande un code est une arnaque.' },
    { category: news.id },
  )
  await article('sms-2027', { title: 'Les arnaques par SMS en 2027', excerpt: 'Programmé.' }, { days: 30 })
  await article('sms-brouillon', { title: 'Arnaques par SMS, brouillon', excerpt: 'Pas publié.' }, { draft: true })

  for (const [slug, question, answer, category] of [
    ['referent', 'Que fait le référent d’une structure ?', 'Il tient la fiche de sa structure à jour.', 'map'],
    ['gratuit', '123Digit est-il gratuit ?', 'Oui, tout est gratuit pour les aidants.', 'platform'],
  ] as const) {
    const doc = await payload.create({
      collection: 'faq',
      locale: 'fr',
      data: { slug, question, answer: richText(answer), category },
    })
    ids[question] = doc.id
  }

  const internet = await createTheme(payload, 'internet', 'Internet')
  const safety = await createTheme(payload, 'securite', 'Sécurité')
  await resource(
    'Cartes des gestes tactiles',
    'Dix cartes pour apprendre les gestes sur une tablette.',
    internet.id,
    '0',
  )
  await resource('Grille anti-arnaques', 'Repérer les gestes des escrocs sur une tablette.', safety.id, '1')
  await resource('Gestes en attente', 'Une tablette et des gestes, pas encore relue.', internet.id, '0', false)
}, 180_000)

afterAll(async () => {
  await payload?.destroy()
})

const articleFilters = (q: string, more: { category?: string; page?: number } = {}) => ({
  q,
  category: more.category ?? '',
  page: more.page ?? 1,
})

describe('média search', () => {
  it('finds due published articles, best first, with a typo or without accents; never drafts or scheduled ones', async () => {
    const found = await searchArticles(payload, 'fr', articleFilters('arnaqes sms'))
    expect(found.docs[0]?.slug).toBe('arnaques-sms')
    expect(found.partial).toBe(false)
    const sms = await searchArticles(payload, 'fr', articleFilters('sms'))
    expect(sms.docs.map((a) => a.slug).sort()).toEqual(['arnaques-sms', 'sms-banque'])
    expect(sms.totalDocs).toBe(2)
    // Read back like the list: a card with its cover and categories.
    expect(sms.docs[0]).toMatchObject({
      cover: { alt: 'Image' },
      categories: [expect.objectContaining({ slug: expect.any(String) })],
    })
    const marked = highlight(found.docs[0]!.title, found.terms[found.docs[0]!.id]!, 'fr')
    expect(marked.filter((p) => p.hit).map((p) => p.text)).toEqual(['Arnaques', 'SMS'])
  })

  it('keeps to the category asked for, and pages in the engine’s order', async () => {
    const news = await searchArticles(payload, 'fr', articleFilters('sms', { category: 'actualites' }))
    expect(news.docs.map((a) => a.slug)).toEqual(['sms-banque'])
    const all = await searchArticles(payload, 'fr', articleFilters('sms'))
    const first = await searchArticles(payload, 'fr', articleFilters('sms', { page: 1 }), 1)
    const second = await searchArticles(payload, 'fr', articleFilters('sms', { page: 2 }), 1)
    expect([first.totalPages, second.totalPages, first.totalDocs]).toEqual([2, 2, 2])
    expect([...first.docs, ...second.docs].map((a) => a.slug)).toEqual(all.docs.map((a) => a.slug))
    const beyond = await searchArticles(payload, 'fr', articleFilters('sms', { page: 5 }))
    expect(beyond.docs).toEqual([])
  })

  it('searches each language in its own text, and proposes a corrected search when nothing matches', async () => {
    const nl = await searchArticles(payload, 'nl', articleFilters('oplichtnig'))
    expect(nl.docs.map((a) => a.slug)).toEqual(['arnaques-sms'])
    expect(nl.docs[0]?.title).toBe('Oplichting via sms herkennen')
    const none = await searchArticles(payload, 'fr', articleFilters('mrssagr'))
    expect(none.docs).toEqual([])
    expect(none.didYouMean).toBe('message')
    const partial = await searchArticles(payload, 'fr', articleFilters('banque tablette'))
    expect(partial).toMatchObject({ partial: true, docs: [{ slug: 'sms-banque' }] })
  })
})

describe('help centre search', () => {
  it('finds questions by their question or their answer, typos and accents forgiven', async () => {
    const found = await searchFaq(payload, 'fr', 'referant')
    expect(found.docs.map((f) => f.question)).toEqual(['Que fait le référent d’une structure ?'])
    const terms = found.terms[found.docs[0]!.id]!
    expect(
      highlight(found.docs[0]!.question, terms, 'fr')
        .filter((p) => p.hit)
        .map((p) => p.text),
    ).toEqual(['référent'])
    expect((await searchFaq(payload, 'fr', 'fiche a jour')).docs).toHaveLength(1)
    expect((await searchFaq(payload, 'fr', 'gratuit')).docs.map((f) => f.id)).toEqual([
      ids['123Digit est-il gratuit ?'],
    ])
    expect((await searchFaq(payload, 'fr', 'qwxyz')).docs).toEqual([])
  })
})

describe('community resources search', () => {
  it('finds approved resources only, within the themes and levels asked for', async () => {
    const filters = { themes: [], levels: [], page: 1 }
    const all = await searchCommunityResources(payload, 'fr', 'gestes tablette', filters)
    expect(all.docs.map((r) => r.title).sort()).toEqual(['Cartes des gestes tactiles', 'Grille anti-arnaques'])
    // Read back like the list: the theme populated for the card.
    expect(all.docs[0]!.theme).toMatchObject({ slug: expect.any(String) })
    const level1 = await searchCommunityResources(payload, 'fr', 'gestes', { ...filters, levels: ['1'] })
    expect(level1.docs.map((r) => r.title)).toEqual(['Grille anti-arnaques'])
    const internet = await searchCommunityResources(payload, 'fr', 'gestes', { ...filters, themes: ['internet'] })
    expect(internet.docs.map((r) => r.title)).toEqual(['Cartes des gestes tactiles'])
    const both = await searchCommunityResources(payload, 'fr', 'gestes', {
      themes: ['internet'],
      levels: ['1'],
      page: 1,
    })
    expect(both.docs).toEqual([])
  })
})

describe('after a change', () => {
  it('a deleted article is no longer found', async () => {
    await payload.delete({ collection: 'articles', id: ids['sms-banque']! })
    const sms = await searchArticles(payload, 'fr', articleFilters('sms'))
    expect(sms.docs.map((a) => a.slug)).toEqual(['arnaques-sms'])
  })
})
