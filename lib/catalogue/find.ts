import 'server-only'

import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { StoredDoc } from '@/lib/search/engine'
import { searchPage, type SearchPage } from '@/lib/search/page'
import type { CommunityResource, Module, Parcours, Theme } from '@/payload-types'
import type { CatalogueBounds } from './bounds'
import type { CatalogueFilters } from './filters'

/** Local API queries of the catalogue, uncached (lib/catalogue/queries.ts caches them for pages). */

export const cataloguePageSize = 12

/** Public reads go through the access rules (published only); a staff preview reads drafts. */
export function readOptions(locale: Locale, draft: boolean) {
  return draft ? { locale, draft: true, overrideAccess: true } : { locale, draft: false, overrideAccess: false }
}

export async function findThemes(payload: Payload, locale: Locale): Promise<Theme[]> {
  const { docs } = await payload.find({
    collection: 'themes',
    sort: 'order',
    limit: 100,
    depth: 0,
    ...readOptions(locale, false),
  })
  return docs
}

/** Theme slugs from the URL → ids; an unknown slug matches nothing rather than everything. */
function themeIdsFor(themes: Theme[], slugs: string[]): (number | string)[] {
  const ids = themes.filter((t) => slugs.includes(t.slug)).map((t) => t.id)
  return ids.length ? ids : [-1]
}

export type ModuleCard = Pick<
  Module,
  'id' | 'title' | 'slug' | 'summary' | 'level' | 'durationMinutes' | 'translationGaps'
> & {
  themes: Pick<Theme, 'id' | 'title' | 'slug'>[]
  /** The search terms this module matched, to highlight (text searches only). */
  terms?: string[]
}

export type Page<T> = { docs: T[]; totalDocs: number; totalPages: number; page: number }

/** A text search's page: what matched, and what to tell when it matched poorly or not at all. */
export type TextSearchPage<T> = Page<T> & { partial: boolean; didYouMean: string | null }

const moduleCardSelect = {
  title: true,
  slug: true,
  summary: true,
  level: true,
  durationMinutes: true,
  themes: true,
  translationGaps: true,
} as const

export async function findModules(
  payload: Payload,
  locale: Locale,
  filters: CatalogueFilters,
): Promise<Page<ModuleCard>> {
  const and: Where[] = []
  if (filters.themes.length)
    and.push({ themes: { in: themeIdsFor(await findThemes(payload, locale), filters.themes) } })
  if (filters.levels.length) and.push({ level: { in: filters.levels } })
  const result = await payload.find({
    collection: 'modules',
    where: { and },
    sort: ['level', 'title'],
    page: filters.page,
    limit: cataloguePageSize,
    depth: 1,
    select: moduleCardSelect,
    populate: { themes: { title: true, slug: true } },
    ...readOptions(locale, false),
  })
  return {
    docs: result.docs as unknown as ModuleCard[],
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    page: result.page ?? 1,
  }
}

/**
 * The catalogue for a text: the search engine ranks the modules (lib/search/), the themes and levels filter
 * them, and the page's modules are read by id in that order.
 */
export async function searchModulesByText(
  payload: Payload,
  locale: Locale,
  filters: CatalogueFilters,
): Promise<TextSearchPage<ModuleCard>> {
  const { docs, terms, ...page } = await searchPage(payload, locale, filters.q, {
    options: {
      kinds: ['module'],
      filter: inThemesAndLevels(filters),
    },
    page: filters.page,
    perPage: cataloguePageSize,
    load: async (ids) => {
      const { docs } = await payload.find({
        collection: 'modules',
        where: { id: { in: ids } },
        pagination: false,
        depth: 1,
        select: moduleCardSelect,
        populate: { themes: { title: true, slug: true } },
        ...readOptions(locale, false),
      })
      return docs as unknown as ModuleCard[]
    },
  })
  return { ...page, docs: docs.map((doc) => ({ ...doc, terms: terms[doc.id] ?? [] })) }
}

/** The engine's filter for the catalogue's theme and level checkboxes (none checked: any). */
function inThemesAndLevels({ themes, levels }: Pick<CatalogueFilters, 'themes' | 'levels'>) {
  return (doc: StoredDoc) =>
    (!themes.length || doc.themes.some((theme) => themes.includes(theme))) &&
    (!levels.length || (doc.level !== null && levels.includes(doc.level)))
}

/** A module with its themes, trame, fiche, formation and exercises populated. */
export async function findModule(
  payload: Payload,
  locale: Locale,
  slug: string,
  draft: boolean,
): Promise<Module | null> {
  if (draft) {
    const { docs } = await payload.find({
      collection: 'modules',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 2,
      ...readOptions(locale, true),
    })
    return docs[0] ?? null
  }
  // Trames, fiches and formations are for members only (access/memberContent.ts), but the public module page
  // lists them: read past that rule, then keep published documents only. Their pages check the member.
  const { docs } = await payload.find({
    collection: 'modules',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 2,
    locale,
    draft: false,
    overrideAccess: true,
  })
  return docs[0] ? withPublishedResources(docs[0]) : null
}

const isPublished = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { _status?: string })._status === 'published'

function withPublishedResources(moduleDoc: Module): Module {
  const one = <T>(value: T) => (isPublished(value) ? value : null)
  return {
    ...moduleDoc,
    trame: one(moduleDoc.trame),
    fiche: one(moduleDoc.fiche),
    formation: one(moduleDoc.formation),
    exercises: (moduleDoc.exercises ?? []).filter(isPublished),
    themes: (moduleDoc.themes ?? []).filter((t) => typeof t === 'object'),
  }
}

export async function countModulesByTheme(payload: Payload, locale: Locale): Promise<Record<string, number>> {
  const themes = await findThemes(payload, locale)
  const counts = await Promise.all(
    themes.map((theme) =>
      payload.count({ collection: 'modules', where: { themes: { in: [theme.id] } }, locale, overrideAccess: false }),
    ),
  )
  return Object.fromEntries(themes.map((theme, i) => [theme.slug, counts[i]?.totalDocs ?? 0]))
}

export async function findParcours(
  payload: Payload,
  locale: Locale,
  slug: string,
  draft: boolean,
): Promise<Parcours | null> {
  const { docs } = await payload.find({
    collection: 'parcours',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    populate: { modules: { title: true, slug: true, summary: true, level: true, durationMinutes: true, themes: true } },
    ...readOptions(locale, draft),
  })
  return docs[0] ?? null
}

export async function findParcoursList(payload: Payload, locale: Locale) {
  const { docs } = await payload.find({
    collection: 'parcours',
    sort: 'prerequisiteLevel',
    limit: 50,
    depth: 0,
    select: { title: true, slug: true, summary: true, prerequisiteLevel: true, audience: true, modules: true },
    ...readOptions(locale, false),
  })
  return docs
}

export type ResourceFilters = Pick<CatalogueFilters, 'themes' | 'levels' | 'page'>

export async function findCommunityResources(
  payload: Payload,
  locale: Locale,
  filters: ResourceFilters,
): Promise<Page<CommunityResource>> {
  const and: Where[] = []
  if (filters.themes.length) and.push({ theme: { in: themeIdsFor(await findThemes(payload, locale), filters.themes) } })
  if (filters.levels.length) and.push({ level: { in: filters.levels } })
  const result = await payload.find({
    collection: 'community-resources',
    where: { and },
    sort: ['level', 'title'],
    page: filters.page,
    limit: cataloguePageSize,
    depth: 1,
    ...readOptions(locale, false),
  })
  return { docs: result.docs, totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? 1 }
}

/**
 * A search of the community resources (`q`): what the site's engine finds, best first, within the themes and
 * levels asked for, a page at a time. Per request, never cached (lib/search/page.ts).
 */
export async function searchCommunityResources(
  payload: Payload,
  locale: Locale,
  q: string,
  filters: ResourceFilters,
): Promise<SearchPage<CommunityResource>> {
  return searchPage(payload, locale, q, {
    options: {
      kinds: ['resource'],
      filter: inThemesAndLevels(filters),
    },
    page: filters.page,
    perPage: cataloguePageSize,
    load: async (ids) => {
      const { docs } = await payload.find({
        collection: 'community-resources',
        where: { id: { in: ids } },
        pagination: false,
        depth: 1,
        ...readOptions(locale, false),
      })
      return docs
    },
  })
}

/** Slugs of the published themes, modules (with their themes and level) and parcours. */
export async function findCatalogueBounds(payload: Payload, locale: Locale): Promise<CatalogueBounds> {
  const slugsOf = async (collection: 'articles' | 'events' | 'structures') =>
    (
      await payload.find({
        collection,
        pagination: false,
        depth: 0,
        select: { slug: true },
        locale,
        overrideAccess: false,
      })
    ).docs.map((doc) => doc.slug)
  const [themes, modules, parcours, articleSlugs, eventSlugs, structureSlugs] = await Promise.all([
    findThemes(payload, locale),
    payload.find({
      collection: 'modules',
      pagination: false,
      depth: 1,
      select: { slug: true, level: true, themes: true },
      populate: { themes: { slug: true } },
      ...readOptions(locale, false),
    }),
    payload.find({
      collection: 'parcours',
      pagination: false,
      depth: 0,
      select: { slug: true },
      ...readOptions(locale, false),
    }),
    // The public read rules apply: due published articles, published events, public structures.
    slugsOf('articles'),
    slugsOf('events'),
    slugsOf('structures'),
  ])
  return {
    pageSize: cataloguePageSize,
    themes: themes.map((t) => t.slug),
    modules: modules.docs.map((m) => ({
      themes: (m.themes ?? []).flatMap((t) => (typeof t === 'object' && t ? [t.slug] : [])),
      level: String(m.level ?? ''),
    })),
    moduleSlugs: modules.docs.map((m) => m.slug),
    parcoursSlugs: parcours.docs.map((p) => p.slug),
    articleSlugs,
    eventSlugs,
    structureSlugs,
  }
}
