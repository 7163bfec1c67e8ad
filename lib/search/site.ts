import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { readQuery, type RawSearchParams } from '@/lib/catalogue/filters'
import { searchKinds, type Hit, type SearchKind } from './engine'
import { searchEngine } from './store'

/** The site-wide search (/fr/recherche, /nl/zoeken): one query, every kind of content, grouped by kind. */
export type SiteSearchInput = { q: string; kind: SearchKind | null; cut: boolean }

export function parseSiteSearch(params: RawSearchParams): SiteSearchInput {
  const kind = (Array.isArray(params.kind) ? params.kind[0] : params.kind) ?? ''
  return {
    ...readQuery(params.q),
    kind: (searchKinds as readonly string[]).includes(kind) ? (kind as SearchKind) : null,
  }
}

export type SiteSearchGroup = { kind: SearchKind; total: number; hits: Hit[] }
export type SiteSearchAnswer = { groups: SiteSearchGroup[]; total: number; partial: boolean; didYouMean: string | null }

/** Per kind, the first `perKind` hits (all of them, up to 50, when one kind is asked for). */
export async function searchSite(
  payload: Payload,
  locale: Locale,
  { q, kind }: Pick<SiteSearchInput, 'q' | 'kind'>,
  perKind = 5,
): Promise<SiteSearchAnswer> {
  if (!q) return { groups: [], total: 0, partial: false, didYouMean: null }
  const engine = await searchEngine(payload, locale)
  const { hits, partial, didYouMean } = engine.search(q, kind ? { kinds: [kind] } : {})
  const groups = searchKinds.flatMap((k) => {
    const ofKind = hits.filter((hit) => hit.kind === k)
    return ofKind.length ? [{ kind: k, total: ofKind.length, hits: ofKind.slice(0, kind ? 50 : perKind) }] : []
  })
  return { groups, total: hits.length, partial, didYouMean }
}

/** The first titles for what is being typed (the search field's list). */
export async function suggestTitles(payload: Payload, locale: Locale, q: string, limit = 6): Promise<Hit[]> {
  const { q: text } = readQuery(q)
  if (text.length < 2) return []
  return (await searchEngine(payload, locale)).suggest(text, {}, limit)
}
