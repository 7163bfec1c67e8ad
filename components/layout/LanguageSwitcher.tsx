'use client'

import { useLocale } from 'next-intl'
import { useParams, useSearchParams } from 'next/navigation'

import { Link, usePathname } from '@/i18n/navigation'
import { localeLabels, locales } from '@/i18n/locales'

/** Links to the same page in the other language (same slug, same filters). */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale()
  const pathname = usePathname()
  const params = useParams()
  const searchParams = useSearchParams()
  const query = Object.fromEntries(searchParams.entries())
  // The slug params are shared between languages; the locale param is replaced by `locale`.
  const { locale: _locale, ...routeParams } = params as Record<string, string>

  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              // @ts-expect-error -- pathname and params come from the current route, so they match.
              href={{ pathname, params: routeParams, query }}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 text-sm font-semibold uppercase ${
                locale === current ? 'bg-brand-700 text-white' : 'text-brand-700 hover:bg-brand-50'
              }`}
            >
              <span aria-hidden="true">{locale}</span>
              <span className="sr-only">{localeLabels[locale]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
