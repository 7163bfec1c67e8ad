'use client'

import type { SyntheticEvent } from 'react'

import { type Locale, localeLabels, locales } from '@/i18n/locales'

/**
 * The same page in the other language, with the same filters. The target comes from the page's hreflang
 * alternates (its metadata), so this stays a few lines of browser code; without JavaScript, or on a page
 * without alternates, the link leads to the other language's home page.
 */
function alternateHref(locale: Locale): string {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${locale}"]`)
  return link ? new URL(link.href).pathname + window.location.search : `/${locale}`
}

export function LanguageSwitcher({ label, current }: { label: string; current: Locale }) {
  // Shown on hover and focus, and read again on click: after a client-side navigation the metadata changes.
  const point = (locale: Locale) => (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = alternateHref(locale)
  }

  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}`}
              onMouseEnter={point(locale)}
              onFocus={point(locale)}
              onClick={(event) => {
                event.preventDefault()
                window.location.assign(alternateHref(locale))
              }}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-sm font-semibold uppercase ${
                locale === current ? 'bg-brand-700 text-white' : 'text-brand-700 hover:bg-brand-50'
              }`}
            >
              <span aria-hidden="true">{locale}</span>
              <span className="sr-only">{localeLabels[locale]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
