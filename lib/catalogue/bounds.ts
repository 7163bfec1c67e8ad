import type { CatalogueFilters } from './filters'

/**
 * What exists in the public catalogue, in one small snapshot: theme slugs, each published module's themes
 * and level, and the module and parcours slugs. The proxy sends only existing views and pages to the page
 * cache (ISR): anything else renders the 404 of a dynamic route, which Next does not store, so the number of
 * cached pages stays bounded by the content. Pure: unit-tested.
 */
export type CatalogueBounds = {
  pageSize: number
  themes: string[]
  modules: { themes: string[]; level: string }[]
  moduleSlugs: string[]
  parcoursSlugs: string[]
}

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
