import { oneLine } from '@/lib/text/oneLine'

/** Catalogue filters as they live in the URL, so a filtered view can be shared. Pure: unit-tested. */
export type CatalogueFilters = {
  q: string
  themes: string[]
  levels: string[]
  page: number
}

export type RawSearchParams = Record<string, string | string[] | undefined>

/** A request's query string in the shape pages receive as searchParams (repeated keys become lists). */
export function searchParamsRecord(params: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {}
  for (const [key, value] of params) (record[key] ??= []).push(value)
  return record
}

const levelValues = ['0', '1', '2', '3']
const slugPattern = /^[a-z0-9-]{1,96}$/
/** Longer searches are cut here (and the page says so): a search is a need, not a pasted text. */
export const maxQueryLength = 100

/**
 * The search typed, on one line, cut at maxQueryLength characters (never inside a character: an emoji is
 * one); `cut` says it was longer. Repeated `q`: the first. Pure: unit-tested.
 */
export function readQuery(value: string | string[] | undefined): { q: string; cut: boolean } {
  const raw = (Array.isArray(value) ? value[0] : value) ?? ''
  const chars = Array.from(oneLine(raw))
  const cut = chars.length > maxQueryLength
  return { q: cut ? chars.slice(0, maxQueryLength).join('').trim() : chars.join(''), cut }
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','))
}

/** Malformed values are dropped, never an error: the catalogue always renders. */
export function parseCatalogueFilters(params: RawSearchParams): CatalogueFilters {
  const { q } = readQuery(params.q)
  const themes = [
    ...new Set(
      all(params.theme)
        .map((t) => t.trim().toLowerCase())
        .filter((t) => slugPattern.test(t)),
    ),
  ]
  const levels = levelValues.filter((level) => all(params.level).includes(level))
  const page = Number.parseInt(all(params.page)[0] ?? '1', 10)
  return { q, themes, levels, page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1 }
}

/** Whether the query in the URL was longer than what is searched (the page then says it was cut). */
export function queryWasCut(params: RawSearchParams): boolean {
  return readQuery(params.q).cut
}

/** The query string for a set of filters (page 1 is implicit). */
export function catalogueQuery(filters: Partial<CatalogueFilters>): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  if (filters.q) query.q = filters.q
  if (filters.themes?.length) query.theme = filters.themes
  if (filters.levels?.length) query.level = filters.levels
  if (filters.page && filters.page > 1) query.page = String(filters.page)
  return query
}

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return Boolean(filters.q || filters.themes.length || filters.levels.length)
}
