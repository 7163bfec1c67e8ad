import { type Locale, localeTag } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import type { ArticleCard } from './find'

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/** An RSS 2.0 feed of the latest articles in one language. Pure: unit-tested. */
export function rssFeed(options: {
  site: string
  locale: Locale
  title: string
  description: string
  articles: ArticleCard[]
}): string {
  const { site, locale, title, description, articles } = options
  const listing = `${site}${getPathname({ href: '/media', locale })}`
  const items = articles.map((article) => {
    const link = `${site}${getPathname({ href: { pathname: '/media/[slug]', params: { slug: article.slug } }, locale })}`
    return [
      '    <item>',
      `      <title>${escape(article.title)}</title>`,
      `      <link>${escape(link)}</link>`,
      `      <guid isPermaLink="true">${escape(link)}</guid>`,
      `      <pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>`,
      ...article.categories.map((c) => `      <category>${escape(c.name)}</category>`),
      `      <description>${escape(article.excerpt)}</description>`,
      '    </item>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escape(title)}</title>`,
    `    <link>${escape(listing)}</link>`,
    `    <description>${escape(description)}</description>`,
    `    <language>${localeTag(locale)}</language>`,
    `    <atom:link href="${escape(`${site}/${locale}/media/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...(articles[0] ? [`    <lastBuildDate>${new Date(articles[0].publishedAt).toUTCString()}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}
