import type { Payload, Where } from 'payload'

import { dueArticles } from '@/access/publishedArticleOrStaff'

import type { Locale } from '@/i18n/locales'
import { searchPage, type SearchPage } from '@/lib/search/page'
import type { Article, Category, Comment, Media } from '@/payload-types'

export const articlesPerPage = 9

export type ArticleFilters = { q: string; category: string; page: number }
export type ArticleCard = Pick<Article, 'id' | 'slug' | 'title' | 'excerpt' | 'publishedAt'> & {
  cover: Media | null
  categories: Category[]
}

const cardSelect = { slug: true, title: true, excerpt: true, publishedAt: true, cover: true, categories: true } as const

/**
 * Articles written in this language (no fallback: a French-only article is not listed in Dutch), newest
 * first. `filters.q` is not read here: a search goes through the site's engine (searchArticles).
 */
export async function findArticles(payload: Payload, locale: Locale, filters: ArticleFilters, limit = articlesPerPage) {
  const and: Where[] = [dueArticles(), { title: { exists: true } }]
  if (filters.category) and.push({ 'categories.slug': { equals: filters.category } })
  const result = await payload.find({
    collection: 'articles',
    where: { and },
    locale,
    fallbackLocale: false,
    depth: 1,
    limit,
    page: filters.page,
    sort: '-publishedAt',
    overrideAccess: true,
    select: cardSelect,
  })
  return { ...result, docs: result.docs.map(toCard) }
}

/**
 * A search of the média (`filters.q` set): the articles the site's engine finds, best first, in the category
 * asked for, a page at a time. Per request, never cached (lib/search/page.ts).
 */
export async function searchArticles(
  payload: Payload,
  locale: Locale,
  filters: ArticleFilters,
  limit = articlesPerPage,
): Promise<SearchPage<ArticleCard>> {
  const { category } = filters
  return searchPage(payload, locale, filters.q, {
    options: { kinds: ['article'], filter: category ? (doc) => doc.categories.includes(category) : undefined },
    page: filters.page,
    perPage: limit,
    load: async (ids) => {
      const { docs } = await payload.find({
        collection: 'articles',
        where: { and: [dueArticles(), { title: { exists: true } }, { id: { in: ids } }] },
        locale,
        fallbackLocale: false,
        depth: 1,
        pagination: false,
        overrideAccess: true,
        select: cardSelect,
      })
      return docs.map(toCard)
    },
  })
}

export function toCard(doc: Partial<Article> & Pick<Article, 'id'>): ArticleCard {
  return {
    id: doc.id,
    slug: doc.slug ?? '',
    title: doc.title ?? '',
    excerpt: doc.excerpt ?? '',
    publishedAt: doc.publishedAt ?? '',
    cover: typeof doc.cover === 'object' ? (doc.cover ?? null) : null,
    categories: (doc.categories ?? []).filter((c): c is Category => typeof c === 'object'),
  }
}

export async function findCategories(payload: Payload, locale: Locale): Promise<Category[]> {
  const { docs } = await payload.find({ collection: 'categories', locale, depth: 0, limit: 50, sort: 'name' })
  return docs
}

/**
 * An article in a language, or, when it was written only in the other one, that version with the language
 * it is in: the page then says so and marks the text with its language.
 */
export async function findArticle(payload: Payload, locale: Locale, slug: string, draft = false) {
  const read = async (language: Locale) => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: draft ? { slug: { equals: slug } } : { and: [dueArticles(), { slug: { equals: slug } }] },
      locale: language,
      fallbackLocale: false,
      depth: 2,
      limit: 1,
      draft,
      overrideAccess: true,
    })
    return docs[0]?.title ? docs[0] : null
  }
  const own = await read(locale)
  if (own) return { article: own, language: locale, languages: await languagesOf(payload, own.id) }
  const other: Locale = locale === 'fr' ? 'nl' : 'fr'
  const article = await read(other)
  return article ? { article, language: other, languages: [other] } : null
}

async function languagesOf(payload: Payload, id: number): Promise<Locale[]> {
  const all = await payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })
  const titles = (all.title ?? {}) as unknown as Partial<Record<Locale, string>>
  return (['fr', 'nl'] as const).filter((l) => titles[l])
}

/** Up to three articles sharing a category or a tag, newest first, in the same language. */
export async function findRelated(payload: Payload, locale: Locale, article: Article): Promise<ArticleCard[]> {
  const categories = (article.categories ?? []).map((c) => (typeof c === 'object' ? c.id : c))
  const tags = article.tags ?? []
  const or: Where[] = []
  if (categories.length) or.push({ categories: { in: categories } })
  if (tags.length) or.push({ tags: { in: tags } })
  if (!or.length) return []
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [dueArticles(), { title: { exists: true } }, { id: { not_equals: article.id } }, { or }] },
    locale,
    fallbackLocale: false,
    depth: 1,
    limit: 3,
    sort: '-publishedAt',
    overrideAccess: true,
    select: { slug: true, title: true, excerpt: true, publishedAt: true, cover: true, categories: true },
  })
  return docs.map(toCard)
}

/** Approved comments, oldest first; never their e-mail address. */
export async function findComments(
  payload: Payload,
  articleId: number,
): Promise<Pick<Comment, 'id' | 'name' | 'body' | 'createdAt' | 'language'>[]> {
  const { docs } = await payload.find({
    collection: 'comments',
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
    sort: 'createdAt',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    select: { name: true, body: true, createdAt: true, language: true },
  })
  return docs
}

/** Minutes to read at about 200 words a minute (plain language readers go slower than average). */
export function readingMinutes(content: unknown): number {
  const text = [...JSON.stringify(content ?? '').matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join(' ')
  return Math.max(1, Math.round(text.split(/\s+/).filter(Boolean).length / 200))
}
