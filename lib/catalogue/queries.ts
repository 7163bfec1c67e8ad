import 'server-only'

import type { Locale } from '@/i18n/locales'
import { cachedQuery, clockBound } from '@/lib/cache/cachedQuery'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/client'
import type { CatalogueFilters } from './filters'
import * as find from './find'

export type { ModuleCard } from './find'

/** The catalogue queries pages call: cached, tagged with every collection they read. */
const { themes, modules, trames, fiches, formations, parcours, communityResources, media } = cacheTags

export const getThemes = cachedQuery('themes', [themes], async (locale: Locale) =>
  find.findThemes(await getPayloadClient(), locale),
)

const browseModules = cachedQuery(
  'browseModules',
  [modules, themes],
  async (locale: Locale, filters: CatalogueFilters) => find.findModules(await getPayloadClient(), locale, filters),
)

/**
 * Browsing (themes, levels) is cached; a text search is not: the engine answers from memory in a few
 * milliseconds, and a cached answer could outlive the index it came from (lib/search/store.ts).
 */
export async function searchModules(
  locale: Locale,
  filters: CatalogueFilters,
): Promise<find.Page<find.ModuleCard> & Partial<find.TextSearchPage<find.ModuleCard>>> {
  return filters.q
    ? find.searchModulesByText(await getPayloadClient(), locale, filters)
    : browseModules(locale, filters)
}

export const countModulesByTheme = cachedQuery('countModulesByTheme', [modules, themes], async (locale: Locale) =>
  find.countModulesByTheme(await getPayloadClient(), locale),
)

const moduleCached = cachedQuery(
  'module',
  [modules, themes, trames, fiches, formations, media],
  async (locale: Locale, slug: string) => find.findModule(await getPayloadClient(), locale, slug, false),
)

/** Drafts (staff preview) are never cached. */
export async function getModule(locale: Locale, slug: string, draft = false) {
  return draft ? find.findModule(await getPayloadClient(), locale, slug, true) : moduleCached(locale, slug)
}

const parcoursCached = cachedQuery('parcours', [parcours, modules, themes], async (locale: Locale, slug: string) =>
  find.findParcours(await getPayloadClient(), locale, slug, false),
)

export async function getParcours(locale: Locale, slug: string, draft = false) {
  return draft ? find.findParcours(await getPayloadClient(), locale, slug, true) : parcoursCached(locale, slug)
}

export const listParcours = cachedQuery('listParcours', [parcours], async (locale: Locale) =>
  find.findParcoursList(await getPayloadClient(), locale),
)

export const listCommunityResources = cachedQuery(
  'communityResources',
  [communityResources, themes, media],
  async (locale: Locale, filters: find.ResourceFilters) =>
    find.findCommunityResources(await getPayloadClient(), locale, filters),
)

/**
 * A search of the community resources, per request: never cached (the engine answers from memory and follows
 * every publication itself, lib/search/store.ts).
 */
export async function searchResources(locale: Locale, q: string, filters: find.ResourceFilters) {
  return find.searchCommunityResources(await getPayloadClient(), locale, q, filters)
}

/**
 * What exists on the public site (lib/catalogue/bounds.ts), for the proxy's page-cache gate. Articles become
 * public at their date without any write: clockBound.
 */
export const getCatalogueBounds = cachedQuery(
  'catalogueBounds',
  [modules, themes, parcours, cacheTags.articles, cacheTags.events, cacheTags.structures],
  async (locale: Locale) => find.findCatalogueBounds(await getPayloadClient(), locale),
  clockBound,
)
