import type { Metadata } from 'next'

import { getPathname, type Href } from '@/i18n/pathnames'
import { type Locale, locales } from '@/i18n/locales'

/** Canonical URL and hreflang alternates of a page in every locale. */
export function alternatesFor(href: Href, locale: Locale): Metadata['alternates'] {
  const languages = Object.fromEntries(locales.map((l) => [l, getPathname({ href, locale: l })]))
  return { canonical: languages[locale], languages: { ...languages, 'x-default': languages.fr } }
}
