import type { CatalogueFilters } from './filters'

/**
 * What exists in the public catalogue, in one small snapshot: theme slugs, each published module's themes
 * and level, and the slugs of every public page with a slug (modules, parcours, articles, events, structures). The proxy sends only existing views and pages to the page
 * cache (ISR): anything else renders the 404 of a dynamic route, which Next does not store, so the number of
 * cached pages stays bounded by the content. Pure: unit-tested.
 */
export type CatalogueBounds = {
  pageSize: number
  themes: string[]
  modules: { themes: string[]; level: string }[]
  moduleSlugs: string[]
  parcoursSlugs: string[]
  /** Public articles (due), events and structures: their pages are cached too. */
  articleSlugs: string[]
  eventSlugs: string[]
  structureSlugs: string[]
}

/** The bounds' slug lists, one per kind of cached page with a slug. */
export type SlugKind = 'moduleSlugs' | 'parcoursSlugs' | 'articleSlugs' | 'eventSlugs' | 'structureSlugs'

/** A filtered view exists when every theme exists and the page is within the results (page 1 always). */
export function viewExists(bounds: CatalogueBounds, filters: Pick<CatalogueFilters, 'themes' | 'levels' | 'page'>) {
  if (!filters.themes.every((theme) => bounds.themes.includes(theme))) return false
  if (filters.page === 1) return true
  const count = bounds.modules.filter(
    (m) =>
      (!filters.themes.length || m.themes.some((t) => filters.themes.includes(t))) &&
      (!filters.levels.length || filters.levels.includes(m.level)),
  ).length
  return filters.page <= Math.ceil(count / bounds.pageSize)
}
