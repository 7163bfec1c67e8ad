import { readQuery, type RawSearchParams } from '@/lib/catalogue/filters'
import type { ArticleFilters } from './find'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** The média listing's filters from the URL; malformed values are dropped. Pure: unit-tested. */
export function parseArticleFilters(params: RawSearchParams): ArticleFilters {
  const page = Number.parseInt(first(params.page) || '1', 10)
  const category = first(params.category).trim().toLowerCase()
  return {
    q: readQuery(params.q).q,
    category: /^[a-z0-9-]{1,96}$/.test(category) ? category : '',
    page: Number.isFinite(page) && page >= 1 && page <= 1000 ? page : 1,
  }
}
