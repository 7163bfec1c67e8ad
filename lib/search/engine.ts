import { distance } from 'fastest-levenshtein'
import { LRUCache } from 'lru-cache'
import MiniSearch, { type SearchResult } from 'minisearch'

import type { Locale } from '@/i18n/locales'
import { parseQuery, synonymGroup, type QueryNode, type SynonymGroup } from './query'
import { forms, termsOf, typosAllowed, words } from './text'

/**
 * The search engine of the whole site, for one language: MiniSearch (BM25, prefix and fuzzy matching) over
 * every public document, with our word processing (lib/search/text.ts) and the editors' synonyms
 * (lib/search/query.ts). Pure and in memory: lib/search/store.ts builds one per language from the database and
 * keeps it current. Unit-tested directly; tests/search/evaluation.json measures what it finds.
 */
export const searchKinds = ['module', 'parcours', 'article', 'faq', 'resource', 'event'] as const
export type SearchKind = (typeof searchKinds)[number]

export type SearchDoc = {
  kind: SearchKind
  docId: number
  slug: string
  title: string
  summary: string
  /** Themes, DigComp competences, objectives, categories, tags: words that say what it is about. */
  keywords: string
  /** The long text: trame, fiche and formation steps, an article, an answer. Searched, never shown. */
  body: string
  /** Filters: theme slugs, level, category slugs. */
  themes: string[]
  level: string | null
  categories: string[]
  /** An article is found from its publication date on (ISO), like its page. */
  visibleFrom: string | null
}

export type StoredDoc = Omit<SearchDoc, 'keywords' | 'body'>
export type Hit = StoredDoc & { score: number; terms: string[] }

export type SearchOptions = {
  kinds?: readonly SearchKind[]
  filter?: (doc: StoredDoc) => boolean
  now?: Date
}

export type SearchAnswer = {
  hits: Hit[]
  /** Some words matched nothing together: these hits hold some of the words, best first. */
  partial: boolean
  /** When nothing matched: the query with each unknown word replaced by the nearest known one. */
  didYouMean: string | null
}

type Matches = { all: Hit[]; some: () => Hit[]; words: string[] }

const fields = ['title', 'summary', 'keywords', 'body'] as const
const storeFields = ['kind', 'docId', 'slug', 'title', 'summary', 'themes', 'level', 'categories', 'visibleFrom']
const boost = { title: 6, summary: 2.5, keywords: 1.5, body: 1 }

export class SearchEngine {
  private readonly index: MiniSearch<SearchDoc & { id: string }>
  private readonly groups: SynonymGroup[]
  /** Each written form seen, with the word as written (accents kept) and how often: for "did you mean". */
  private readonly vocabulary = new Map<string, { word: string; count: number }>()
  private readonly recent = new LRUCache<string, Matches>({ max: 500 })

  constructor(
    readonly locale: Locale,
    docs: SearchDoc[],
    synonyms: string[][] = [],
  ) {
    this.groups = synonyms.flatMap((members) => synonymGroup(members, locale) ?? [])
    this.index = new MiniSearch({
      fields: [...fields],
      storeFields,
      tokenize: (text) => words(text).map((w) => w.text),
      processTerm: (term) => termsOf(term, locale),
    })
    this.index.addAll(docs.map((doc) => ({ ...doc, id: `${doc.kind}:${doc.docId}` })))
    for (const doc of docs) this.learnWords(`${doc.title} ${doc.summary} ${doc.keywords}`)
  }

  get size(): number {
    return this.index.documentCount
  }

  search(text: string, options: SearchOptions = {}): SearchAnswer {
    const matches = this.matchesFor(text)
    if (!matches) return { hits: [], partial: false, didYouMean: null }
    const all = this.keep(matches.all, options)
    if (all.length) return { hits: all, partial: false, didYouMean: null }
    const some = this.keep(matches.some(), options)
    if (some.length) return { hits: some, partial: true, didYouMean: null }
    return { hits: [], partial: false, didYouMean: this.correct(matches.words, options) }
  }

  /**
   * Every document a text matches, before the filters, remembered for the most recent texts: the same searches
   * come back all the time (a workshop's learners, the suggestions of each letter typed), and the filters and
   * the clock are applied afterwards. An engine is immutable (a change builds a new one), so nothing goes stale.
   */
  private matchesFor(text: string): Matches | null {
    const cached = this.recent.get(text)
    if (cached) return cached
    const parsed = parseQuery(text, this.locale, this.groups)
    if (!parsed.parts.length) return null
    let some: Hit[] | undefined
    const matches: Matches = {
      all: this.run({ combineWith: 'AND', queries: parsed.parts }),
      // Only asked for when no document has every word, after the filters.
      some: () => (some ??= parsed.parts.length > 1 ? this.run({ combineWith: 'OR', queries: parsed.parts }) : []),
      words: parsed.words,
    }
    this.recent.set(text, matches)
    return matches
  }

  private keep(hits: Hit[], { kinds, filter, now = new Date() }: SearchOptions): Hit[] {
    const moment = now.toISOString()
    return hits.filter(
      (doc) =>
        (!kinds || kinds.includes(doc.kind)) &&
        !(doc.visibleFrom && doc.visibleFrom > moment) &&
        (!filter || filter(doc)),
    )
  }

  /** Titles that start like what is being typed, for the search field's list. */
  suggest(text: string, options: SearchOptions = {}, limit = 6): Hit[] {
    return this.search(text, options).hits.slice(0, limit)
  }

  private run(query: QueryNode): Hit[] {
    const results = this.index.search(query as Parameters<MiniSearch['search']>[0], {
      boost,
      fuzzy: (term) => typosAllowed(term) || false,
      prefix: (term) => term.length >= 3,
      tokenize: (s) => [s],
      processTerm: (t) => t,
    })
    return results.map(toHit)
  }

  /** The nearest known word for each typed word that matches nothing; null when no word could be mended. */
  private correct(typed: string[], options: SearchOptions): string | null {
    let changed = false
    const mended = typed.map((word) => {
      const [form] = forms(word, this.locale)
      if (!form || this.vocabulary.has(form)) return word
      const near = this.nearest(form)
      if (!near) return word
      changed = true
      return near
    })
    if (!changed) return null
    const query = mended.join(' ')
    return this.search(query, options).hits.length ? query : null
  }

  private nearest(form: string): string | null {
    if (form.length < 4) return null
    let best: { word: string; distance: number; count: number } | null = null
    for (const [known, { word, count }] of this.vocabulary) {
      if (Math.abs(known.length - form.length) > 2) continue
      const d = distance(form, known)
      if (d > 2 || d >= form.length / 2) continue
      if (!best || d < best.distance || (d === best.distance && count > best.count)) best = { word, distance: d, count }
    }
    return best?.word ?? null
  }

  private learnWords(text: string): void {
    for (const { text: word } of words(text)) {
      const [form] = forms(word, this.locale)
      if (!form || form.length < 4) continue
      const entry = this.vocabulary.get(form)
      if (entry) entry.count += 1
      else this.vocabulary.set(form, { word: word.toLowerCase(), count: 1 })
    }
  }
}

function toHit(result: SearchResult): Hit {
  const { score, match } = result
  return {
    kind: result.kind,
    docId: result.docId,
    slug: result.slug,
    title: result.title,
    summary: result.summary,
    themes: result.themes ?? [],
    level: result.level ?? null,
    categories: result.categories ?? [],
    visibleFrom: result.visibleFrom ?? null,
    score,
    terms: Object.keys(match),
  }
}

/** A text cut into plain and matched parts, for <mark>: a word is matched when one of its terms is. */
export function highlight(text: string, terms: string[], locale: Locale): { text: string; hit: boolean }[] {
  const matched = new Set(terms)
  const parts: { text: string; hit: boolean }[] = []
  let at = 0
  for (const word of words(text)) {
    if (!termsOf(word.text, locale).some((t) => matched.has(t))) continue
    if (word.start > at) parts.push({ text: text.slice(at, word.start), hit: false })
    parts.push({ text: word.text, hit: true })
    at = word.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false })
  return parts
}
