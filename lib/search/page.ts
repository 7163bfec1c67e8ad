import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { SearchOptions } from './engine'
import { searchEngine } from './store'

/** One page of a list searched through the engine: the documents in the engine's order, best first. */
export type SearchPage<T> = {
  docs: T[]
  /** The index terms each document matched, by id: what to highlight in it. */
  terms: Record<number, string[]>
  totalDocs: number
  totalPages: number
  page: number
  /** The results hold only some of the words. */
  partial: boolean
  /** Nothing matched: a corrected search that finds something. */
  didYouMean: string | null
}

/**
 * A list page (média, help centre, community resources) searched with the site's engine: the hits of the
 * asked page are read from the database by id (`load`, the list's own read, its access rules included) and
 * kept in the engine's order; a hit that the read does not return any more (unpublished a moment ago) is left
 * out. Per request, never cached: the engine lives in memory and is kept current (lib/search/store.ts).
 */
export async function searchPage<T extends { id: number }>(
  payload: Payload,
  locale: Locale,
  q: string,
  {
    options,
    page = 1,
    perPage,
    load,
  }: {
    options: SearchOptions
    page?: number
    /** Without: every hit on one page. */
    perPage?: number
    load: (ids: number[]) => Promise<T[]>
  },
): Promise<SearchPage<T>> {
  const engine = await searchEngine(payload, locale)
  const { hits, partial, didYouMean } = engine.search(q, options)
  const size = perPage ?? Math.max(hits.length, 1)
  const shown = hits.slice((page - 1) * size, page * size)
  const loaded = shown.length ? await load(shown.map((hit) => hit.docId)) : []
  const byId = new Map(loaded.map((doc) => [doc.id, doc]))
  return {
    docs: shown.flatMap((hit) => byId.get(hit.docId) ?? []),
    terms: Object.fromEntries(shown.map((hit) => [hit.docId, hit.terms])),
    totalDocs: hits.length,
    totalPages: Math.max(1, Math.ceil(hits.length / size)),
    page,
    partial,
    didYouMean,
  }
}
