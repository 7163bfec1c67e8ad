import 'server-only'

import type { Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { cachedQuery, clockBound } from '@/lib/cache/cachedQuery'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/client'
import * as find from './find'

/**
 * The média's queries for pages: cached and tagged, expired by the collections' hooks. Articles become public
 * at their `publishedAt` without any write: the lists and pages follow the clock (clockBound).
 */
const { articles, comments, media } = cacheTags

export const listArticles = cachedQuery(
  'articles',
  [articles, media],
  async (locale: Locale, filters: find.ArticleFilters) => find.findArticles(await getPayloadClient(), locale, filters),
  clockBound,
)

/**
 * A search of the média, per request: never cached (the engine answers from memory and follows every
 * publication itself, lib/search/store.ts).
 */
export async function searchMedia(locale: Locale, filters: find.ArticleFilters) {
  return find.searchArticles(await getPayloadClient(), locale, filters)
}

export const latestArticles = cachedQuery(
  'latestArticles',
  [articles],
  async (locale: Locale, limit: number) =>
    find.findArticles(await getPayloadClient(), locale, { q: '', category: '', page: 1 }, limit),
  clockBound,
)

export const listCategories = cachedQuery('categories', [articles], async (locale: Locale) =>
  find.findCategories(await getPayloadClient(), locale),
)

const articleCached = cachedQuery(
  'article',
  [articles, media],
  async (locale: Locale, slug: string) => find.findArticle(await getPayloadClient(), locale, slug),
  clockBound,
)

/** Drafts (staff preview) are never cached. */
export async function getArticle(locale: Locale, slug: string, draft = false) {
  return draft ? find.findArticle(await getPayloadClient(), locale, slug, true) : articleCached(locale, slug)
}

export const listRelated = cachedQuery(
  'relatedArticles',
  [articles, media],
  async (locale: Locale, article: Article) => find.findRelated(await getPayloadClient(), locale, article),
  clockBound,
)

export const listComments = cachedQuery('comments', [comments], async (articleId: number) =>
  find.findComments(await getPayloadClient(), articleId),
)
