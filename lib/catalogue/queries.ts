import 'server-only'

import type { Where } from 'payload'

import type { CommunityResource, Module, Parcours, Theme } from '../../payload-types'
import { cachedQuery } from '../cache/cachedQuery'
import { cacheTags } from '../cache/tags'
import { getPayloadClient } from '../payload/client'
import type { Locale } from '../../i18n/locales'
import type { CatalogueFilters } from './filters'

export const cataloguePageSize = 12

/** Public reads go through the access rules (published only); a staff preview reads drafts. */
function readOptions(locale: Locale, draft: boolean) {
  return draft ? { locale, draft: true, overrideAccess: true } : { locale, draft: false, overrideAccess: false }
}

export const getThemes = cachedQuery('themes', [cacheTags.themes], async (locale: Locale): Promise<Theme[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'themes', sort: 'order', limit: 100, depth: 0, ...readOptions(locale, false) })
  return docs
})

function moduleWhere(filters: CatalogueFilters, themeIds: (number | string)[]): Where {
  const and: Where[] = []
  if (filters.q) and.push({ or: [{ title: { like: filters.q } }, { summary: { like: filters.q } }] })
  if (filters.themes.length) and.push({ themes: { in: themeIds } })
  if (filters.levels.length) and.push({ level: { in: filters.levels } })
  return { and }
}

export type ModuleCard = Pick<Module, 'id' | 'title' | 'slug' | 'summary' | 'level' | 'durationMinutes'> & {
  themes: Pick<Theme, 'id' | 'title' | 'slug'>[]
}

export const searchModules = cachedQuery(
  'searchModules',
  [cacheTags.modules, cacheTags.themes],
  async (locale: Locale, filters: CatalogueFilters) => {
    const themes = await getThemes(locale)
    const themeIds = themes.filter((t) => filters.themes.includes(t.slug)).map((t) => t.id)
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: 'modules',
      where: moduleWhere(filters, themeIds.length ? themeIds : [-1]),
      sort: ['level', 'title'],
      page: filters.page,
      limit: cataloguePageSize,
      depth: 1,
      select: { title: true, slug: true, summary: true, level: true, durationMinutes: true, themes: true },
      populate: { themes: { title: true, slug: true } },
      ...readOptions(locale, false),
    })
    return {
      docs: result.docs as unknown as ModuleCard[],
      totalDocs: result.totalDocs,
      totalPages: result.totalPages,
      page: result.page ?? 1,
    }
  },
)

async function findModule(locale: Locale, slug: string, draft: boolean): Promise<Module | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'modules',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    ...readOptions(locale, draft),
  })
  return docs[0] ?? null
}

const findModuleCached = cachedQuery(
  'module',
  [cacheTags.modules, cacheTags.themes, cacheTags.trames, cacheTags.fiches, cacheTags.formations, cacheTags.media],
  (locale: Locale, slug: string) => findModule(locale, slug, false),
)

/** A module with its themes, trame, fiche, formation and exercises populated. */
export function getModule(locale: Locale, slug: string, draft = false): Promise<Module | null> {
  return draft ? findModule(locale, slug, true) : findModuleCached(locale, slug)
}

async function findParcours(locale: Locale, slug: string, draft: boolean): Promise<Parcours | null> {
  const payload = await getPayloadClient()
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

const findParcoursCached = cachedQuery('parcours', [cacheTags.parcours, cacheTags.modules, cacheTags.themes], (locale: Locale, slug: string) =>
  findParcours(locale, slug, false),
)

export function getParcours(locale: Locale, slug: string, draft = false): Promise<Parcours | null> {
  return draft ? findParcours(locale, slug, true) : findParcoursCached(locale, slug)
}

export const listParcours = cachedQuery('listParcours', [cacheTags.parcours], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'parcours',
    sort: 'prerequisiteLevel',
    limit: 50,
    depth: 0,
    select: { title: true, slug: true, summary: true, prerequisiteLevel: true, audience: true, modules: true },
    ...readOptions(locale, false),
  })
  return docs
})

export type ResourceFilters = Pick<CatalogueFilters, 'themes' | 'levels' | 'page'>

export const listCommunityResources = cachedQuery(
  'communityResources',
  [cacheTags.communityResources, cacheTags.themes, cacheTags.media],
  async (locale: Locale, filters: ResourceFilters) => {
    const themes = await getThemes(locale)
    const themeIds = themes.filter((t) => filters.themes.includes(t.slug)).map((t) => t.id)
    const and: Where[] = []
    if (filters.themes.length) and.push({ theme: { in: themeIds.length ? themeIds : [-1] } })
    if (filters.levels.length) and.push({ level: { in: filters.levels } })
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: 'community-resources',
      where: { and },
      sort: ['level', 'title'],
      page: filters.page,
      limit: cataloguePageSize,
      depth: 1,
      ...readOptions(locale, false),
    })
    return { docs: result.docs as CommunityResource[], totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? 1 }
  },
)

export const countModulesByTheme = cachedQuery('countModulesByTheme', [cacheTags.modules, cacheTags.themes], async (locale: Locale) => {
  const [themes, payload] = await Promise.all([getThemes(locale), getPayloadClient()])
  const counts = await Promise.all(
    themes.map((theme) =>
      payload.count({ collection: 'modules', where: { themes: { in: [theme.id] } }, ...readOptions(locale, false) }),
    ),
  )
  return Object.fromEntries(themes.map((theme, i) => [theme.slug, counts[i].totalDocs]))
})
