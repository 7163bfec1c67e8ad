import { locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import type { AppPathname } from '@/i18n/routing'
import type { CacheTag } from './tags'

/**
 * The public URLs a front cache (nginx, a CDN) holds for a change of a collection, in both languages, so that
 * the hook that expires Next's tag also purges them by exact key (docs/adr/0017). Only URLs without a query
 * string: nginx never stores the others. Pages that merely mention a document of another collection (a theme's
 * name on every module page, a comment under an article) are not listed: they refresh after their s-maxage.
 */
type Slugged = { slug?: unknown } | null | undefined

type Page = { pathname: AppPathname; slug?: string }

/** The French or Dutch path of a page (getPathname, from the single list of localized pathnames). */
export function localizedPath(locale: (typeof locales)[number], { pathname, slug }: Page): string {
  return getPathname({ href: { pathname, params: slug === undefined ? {} : { slug } }, locale })
}

const slugOf = (doc: Slugged): string | null => (typeof doc?.slug === 'string' && doc.slug ? doc.slug : null)

/** Pages of the collection (lists), and the document's own page when it has one. */
const pagesByTag: Partial<Record<CacheTag, { lists: AppPathname[]; own?: AppPathname; extra?: string[] }>> = {
  themes: { lists: ['/', '/catalogue'] },
  modules: { lists: ['/', '/catalogue', '/parcours'], own: '/modules/[slug]', extra: ['/sitemap.xml'] },
  parcours: { lists: ['/', '/parcours'], own: '/parcours/[slug]', extra: ['/sitemap.xml'] },
  'community-resources': { lists: ['/ressources-communaute'] },
  articles: {
    lists: ['/', '/media'],
    own: '/media/[slug]',
    extra: ['/sitemap.xml', '/fr/media/feed.xml', '/nl/media/feed.xml'],
  },
  faq: { lists: ['/faq'] },
  events: {
    lists: ['/', '/evenements'],
    own: '/evenements/[slug]',
    extra: ['/sitemap.xml', '/api/events/calendar.ics'],
  },
}

/**
 * Every public path to purge when a document tagged `tag` changes: the lists it appears on and its own page,
 * under its new slug and, when the slug changed, its old one.
 */
export function purgePaths(tag: CacheTag, doc?: Slugged, previousDoc?: Slugged): string[] {
  const pages = pagesByTag[tag]
  if (!pages) return []
  const slugs = [...new Set([slugOf(doc), slugOf(previousDoc)].filter((s): s is string => s !== null))]
  const paths = new Set<string>(pages.extra ?? [])
  for (const locale of locales) {
    for (const pathname of pages.lists) paths.add(localizedPath(locale, { pathname }))
    if (pages.own) for (const slug of slugs) paths.add(localizedPath(locale, { pathname: pages.own, slug }))
  }
  if (tag === 'events') for (const slug of slugs) paths.add(`/api/events/${encodeURIComponent(slug)}/ics`)
  return [...paths]
}
