import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { digcompCompetences } from '@/lib/digcomp/framework'
import { idOf } from '@/lib/payload/relations'
import type { SearchDoc } from './engine'

/**
 * Every public document of one language, as the engine indexes it. Each collection is read the way its public
 * pages read it: as an anonymous visitor (its access rules apply), so nothing hidden is ever found. A module's
 * trame, fiche and formation are for members, but the module page lists them: their published text is
 * searched (never shown in results, which show titles and summaries only).
 */
export async function readSearchDocuments(payload: Payload, locale: Locale): Promise<SearchDoc[]> {
  const publicRead = { locale, depth: 0, pagination: false, overrideAccess: false, draft: false } as const
  const [themes, modules, parcours, articles, faq, resources, events, bodies] = await Promise.all([
    payload.find({ collection: 'themes', ...publicRead }),
    payload.find({ collection: 'modules', ...publicRead }),
    payload.find({ collection: 'parcours', ...publicRead }),
    // Scheduled articles too: the engine keeps each hidden until its publication date (visibleFrom).
    payload.find({
      collection: 'articles',
      locale,
      fallbackLocale: false,
      depth: 1,
      pagination: false,
      overrideAccess: true,
      where: { and: [{ _status: { equals: 'published' } }, { title: { exists: true } }] },
    }),
    payload.find({ collection: 'faq', ...publicRead }),
    payload.find({ collection: 'community-resources', ...publicRead }),
    payload.find({ collection: 'events', ...publicRead }),
    readMemberTexts(payload, locale),
  ])
  const themeById = new Map(themes.docs.map((t) => [t.id, t]))
  const themesOf = (ids: (number | { id: number } | null | undefined)[] | null | undefined) =>
    (ids ?? []).flatMap((value) => {
      const theme = themeById.get(idOf(value) ?? -1)
      return theme ? [theme] : []
    })
  const competenceTitle = new Map(digcompCompetences.map((c) => [c.code, c.title[locale]]))
  const moduleById = new Map(modules.docs.map((m) => [m.id, m]))

  const docs: SearchDoc[] = []
  for (const m of modules.docs) {
    const moduleThemes = themesOf(m.themes)
    docs.push({
      kind: 'module',
      docId: m.id,
      slug: m.slug,
      title: m.title,
      summary: m.summary,
      keywords: join(
        moduleThemes.map((t) => t.title),
        (m.competences ?? []).map((code) => competenceTitle.get(code) ?? ''),
        (m.objectives ?? []).map((o) => o.text),
      ),
      body: join([
        bodies.trames.get(idOf(m.trame) ?? -1) ?? '',
        bodies.fiches.get(idOf(m.fiche) ?? -1) ?? '',
        bodies.formations.get(idOf(m.formation) ?? -1) ?? '',
      ]),
      themes: moduleThemes.map((t) => t.slug),
      level: m.level ?? null,
      categories: [],
      visibleFrom: null,
    })
  }
  for (const p of parcours.docs) {
    const listed = (p.modules ?? []).flatMap((id) => moduleById.get(idOf(id) ?? -1) ?? [])
    docs.push({
      ...bare('parcours', p.id, p.slug, p.title, p.summary ?? ''),
      keywords: join(
        [p.audience ?? ''],
        listed.map((m) => m.title),
      ),
      themes: [...new Set(listed.flatMap((m) => themesOf(m.themes).map((t) => t.slug)))],
      level: p.prerequisiteLevel ?? null,
    })
  }
  for (const a of articles.docs) {
    const categories = (a.categories ?? []).flatMap((c) => (typeof c === 'object' && c ? [c] : []))
    docs.push({
      ...bare('article', a.id, a.slug, a.title ?? '', a.excerpt ?? ''),
      keywords: join(
        categories.map((c) => c.name),
        (a.tags ?? []).map((t) => (typeof t === 'string' ? t : '')),
      ),
      body: plainText(a.content),
      categories: categories.map((c) => c.slug),
      visibleFrom: a.publishedAt ?? null,
    })
  }
  for (const f of faq.docs)
    docs.push({
      ...bare('faq', f.id, f.slug, f.question, ''),
      body: plainText(f.answer),
      categories: [f.category],
    })
  for (const r of resources.docs) {
    const theme = themesOf([r.theme])[0]
    docs.push({
      ...bare('resource', r.id, String(r.id), r.title, r.description ?? ''),
      keywords: theme?.title ?? '',
      themes: theme ? [theme.slug] : [],
      level: r.level ?? null,
    })
  }
  for (const e of events.docs) docs.push({ ...bare('event', e.id, e.slug, e.title, e.summary ?? ''), body: '' })
  return docs
}

function bare(kind: SearchDoc['kind'], docId: number, slug: string, title: string, summary: string): SearchDoc {
  return {
    kind,
    docId,
    slug,
    title,
    summary,
    keywords: '',
    body: '',
    themes: [],
    level: null,
    categories: [],
    visibleFrom: null,
  }
}

const join = (...lists: string[][]) => lists.flat().filter(Boolean).join(' · ')

/** The text of every published trame, fiche and formation, by collection and id. */
async function readMemberTexts(payload: Payload, locale: Locale) {
  const read = {
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    where: { _status: { equals: 'published' } },
  } as const
  const [trames, fiches, formations] = await Promise.all([
    payload.find({ collection: 'trames', ...read }),
    payload.find({ collection: 'fiches', ...read }),
    payload.find({ collection: 'formations', ...read }),
  ])
  const byId = (docs: { id: number }[]) => new Map(docs.map((doc) => [doc.id, plainText(doc)]))
  return { trames: byId(trames.docs), fiches: byId(fiches.docs), formations: byId(formations.docs) }
}

/** Keys whose string values are words a reader sees (rich text's `text`, step questions, list items…). */
const textKeys = new Set([
  'text',
  'title',
  'intro',
  'audience',
  'heading',
  'remember',
  'question',
  'label',
  'feedback',
  'explanation',
  'instruction',
  'items',
  'answers',
  'formatHint',
  'correctFeedback',
  'wrongFeedback',
  'alt',
  'description',
  'body',
])

/** The readable words of a document or a rich text, whatever its shape. */
export function plainText(value: unknown, key = ''): string {
  if (typeof value === 'string') return textKeys.has(key) ? value : ''
  if (Array.isArray(value))
    return value
      .map((item) => plainText(item, key))
      .filter(Boolean)
      .join(' ')
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => plainText(v, k))
      .filter(Boolean)
      .join(' ')
  return ''
}
