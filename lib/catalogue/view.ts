import { parseCatalogueFilters, type CatalogueFilters, type RawSearchParams } from './filters'

/**
 * The catalogue without a text search is served from Next's page cache: the proxy turns its query string
 * into one path segment (`/fr/catalogue?theme=a&level=1` → `/fr/catalogue/v/a_1_1`), so each combination
 * of themes, levels and page is rendered once and then served from the cache until a Payload hook expires
 * it. Text searches stay dynamic: their variety is unbounded. Pure: unit-tested.
 */
const any = 'all'

/** The cache segment for a filtered view, or null when it must be rendered per request (text search). */
export function catalogueViewSegment(params: RawSearchParams): string | null {
  const filters = parseCatalogueFilters(params)
  if (filters.q) return null
  return serialize(filters)
}

function serialize({ themes, levels, page }: Pick<CatalogueFilters, 'themes' | 'levels' | 'page'>): string {
  return [[...themes].sort().join('.') || any, levels.join('') || any, String(page)].join('_')
}

/** The filters of a cache segment; null for anything that is not a canonical segment (one cache entry per view). */
export function parseCatalogueView(segment: string): CatalogueFilters | null {
  const parts = segment.split('_')
  if (parts.length !== 3) return null
  const [themes, levels, page] = parts as [string, string, string]
  const filters = parseCatalogueFilters({
    theme: themes === any ? [] : themes.split('.'),
    level: levels === any ? [] : levels.split(''),
    page,
  })
  return serialize(filters) === segment ? filters : null
}
