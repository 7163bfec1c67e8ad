import type { Locale } from './locales'
import { type AppPathname, routing } from './routing'

export type Query = Record<string, string | string[]>
export type Href = AppPathname | { pathname: AppPathname; params?: Record<string, string>; query?: Query }

/** The localized template of an internal pathname, with its `[param]`s (`/modules/[slug]/trame` → `/modules/[slug]/begeleidingsfiche`). */
export function pathTemplate(pathname: AppPathname, locale: Locale): string {
  const localized = routing.pathnames[pathname] as string | Record<Locale, string>
  return typeof localized === 'string' ? localized : localized[locale]
}

/**
 * The public URL of an internal pathname in a locale (`/modules/[slug]/trame` → `/nl/modules/x/begeleidingsfiche`).
 * Ours rather than next-intl's: importing its navigation helpers ships its client Link to every page.
 */
export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  const { pathname, params = {}, query = {} } = typeof href === 'string' ? { pathname: href } : href
  const path = pathTemplate(pathname, locale).replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`Missing parameter "${name}" for ${pathname}`)
    return encodeURIComponent(value)
  })
  const search = queryString(query)
  return `/${locale}${path === '/' ? '' : path}${search ? `?${search}` : ''}`
}

/** `{ service: ['a', 'b'], q: 'x' }` → `service=a&service=b&q=x` (without the "?"). */
export function queryString(query: Query): string {
  return new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => [key, v])),
  ).toString()
}
