import type { Metadata } from 'next'

import { getPathname } from '@/i18n/navigation'
import { type Locale, locales } from '@/i18n/locales'

type Href = Parameters<typeof getPathname>[0]['href']

/** Canonical URL and hreflang alternates of a page in every locale. */
export function alternatesFor(href: Href, locale: Locale): Metadata['alternates'] {
  const languages = Object.fromEntries(locales.map((l) => [l, getPathname({ href, locale: l })]))
  return { canonical: languages[locale], languages: { ...languages, 'x-default': languages.fr } }
}
