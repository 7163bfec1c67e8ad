import type { MetadataRoute } from 'next'
import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { getPathname, type Href } from '@/i18n/pathnames'

/**
 * Pages for everyone. Left out on purpose: pages behind a sign-in, one-off links (invitation, workshop code)
 * and /styleguide, the team's reference of UI primitives (noindex as well).
 */
const staticPages = [
  '/',
  '/catalogue',
  '/parcours',
  '/ressources-communaute',
  '/diagnostic',
  '/cartographie',
  '/media',
  '/evenements',
  '/newsletter',
  '/faq',
  '/contact',
] as const

/**
 * Every public page, once per language, each with its hreflang alternates. An article written in one
 * language only is listed in that language only.
 */
export async function sitemapEntries(payload: Payload, site: string): Promise<MetadataRoute.Sitemap> {
  const entry = (href: Href, languages: readonly Locale[] = locales, lastModified?: string) =>
    languages.map((locale) => ({
      url: `${site}${getPathname({ href, locale })}`,
      lastModified,
      alternates: {
        languages: Object.fromEntries(languages.map((l) => [l, `${site}${getPathname({ href, locale: l })}`])),
      },
    }))
  const read = { depth: 0, pagination: false, overrideAccess: false } as const
  const [modules, parcours, structures, articles, events] = await Promise.all([
    payload.find({ collection: 'modules', ...read, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'parcours', ...read, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'structures', ...read, select: { slug: true, updatedAt: true } }),
    payload.find({
      collection: 'articles',
      ...read,
      locale: 'all',
      select: { slug: true, title: true, updatedAt: true },
    }),
    payload.find({ collection: 'events', ...read, select: { slug: true, updatedAt: true } }),
  ])
  return [
    ...staticPages.flatMap((page) => entry(page)),
    ...modules.docs.flatMap((d) =>
      entry({ pathname: '/modules/[slug]', params: { slug: d.slug } }, locales, d.updatedAt),
    ),
    ...parcours.docs.flatMap((d) =>
      entry({ pathname: '/parcours/[slug]', params: { slug: d.slug } }, locales, d.updatedAt),
    ),
    ...structures.docs.flatMap((d) =>
      entry({ pathname: '/structures/[slug]', params: { slug: d.slug } }, locales, d.updatedAt),
    ),
    ...events.docs.flatMap((d) =>
      entry({ pathname: '/evenements/[slug]', params: { slug: d.slug } }, locales, d.updatedAt),
    ),
    ...articles.docs.flatMap((d) => {
      const titles = (d.title ?? {}) as unknown as Partial<Record<Locale, string>>
      const written = locales.filter((l) => titles[l])
      return entry({ pathname: '/media/[slug]', params: { slug: d.slug } }, written, d.updatedAt)
    }),
  ]
}
