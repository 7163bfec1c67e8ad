import { getPathname } from '@/i18n/pathnames'
import { routing } from '@/i18n/routing'

/**
 * Lists that read a search or filters from the query string are rendered per request; without a query they
 * all show the same page, which a sibling route `<page>/v/index` serves from the page cache. The newsletter's
 * readers, the map's visitors and the help centre's land there.
 */
const listsWithDefaultView = ['/media', '/faq', '/ressources-communaute', '/cartographie'] as const

const views = new Map<string, string>(
  routing.locales.flatMap((locale) =>
    listsWithDefaultView.map((href) => [getPathname({ href, locale }), `/${locale}${href}/v/index`] as const),
  ),
)

/** The cached route for a list asked for without a query string, else null. */
export function defaultViewPath(pathname: string, search: string): string | null {
  if (search && search !== '?') return null
  return views.get(pathname.replace(/\/$/, '')) ?? null
}
