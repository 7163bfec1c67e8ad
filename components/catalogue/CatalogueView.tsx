import { getTranslations } from 'next-intl/server'

import { FilterForm } from '@/components/catalogue/FilterForm'
import { ModuleCard } from '@/components/catalogue/ModuleCard'
import { ThemeNav } from '@/components/catalogue/ThemeNav'
import { SearchNotices } from '@/components/search/SearchNotices'
import { Card } from '@/components/ui/Card'
import { LinkButton } from '@/components/ui/LinkButton'
import { PageHeading } from '@/components/ui/PageHeading'
import { Pagination } from '@/components/ui/Pagination'
import type { Locale } from '@/i18n/locales'
import { catalogueQuery, hasActiveFilters, type CatalogueFilters } from '@/lib/catalogue/filters'
import { countModulesByTheme, getThemes, searchModules } from '@/lib/catalogue/queries'

/** The catalogue for one set of filters: rendered per request for text searches, cached otherwise. */
export async function CatalogueView({
  locale,
  filters,
  cut = false,
}: {
  locale: Locale
  filters: CatalogueFilters
  /** The query in the URL was longer than what was searched. */
  cut?: boolean
}) {
  const [t, themes, counts, result] = await Promise.all([
    getTranslations({ locale, namespace: 'catalogue' }),
    getThemes(locale),
    countModulesByTheme(locale),
    searchModules(locale, filters),
  ])
  const query = catalogueQuery({ ...filters, page: 1 })

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeading size="lg">{t('title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('intro')}</p>
      <div className="mt-6">
        <ThemeNav themes={themes} counts={counts} active={filters.themes} />
      </div>
      <div className="mt-8 grid gap-8 md:grid-cols-[17rem_1fr]">
        <aside aria-labelledby="filters-title" className="md:sticky md:top-4 md:self-start">
          <h2 id="filters-title" className="mb-3 text-xl font-bold">
            {t('filtersTitle')}
          </h2>
          <FilterForm
            pathname="/catalogue"
            themes={themes}
            selectedThemes={filters.themes}
            selectedLevels={filters.levels}
            q={filters.q}
          />
        </aside>
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="text-xl font-bold" aria-live="polite">
            {t('results', { count: result.totalDocs })} {filters.q ? t('resultsFor', { q: filters.q }) : null}
          </h2>
          <SearchNotices
            pathname="/catalogue"
            query={catalogueQuery({ ...filters, q: '', page: 1 })}
            cut={cut}
            found={result.totalDocs}
            partial={result.partial ?? false}
            didYouMean={result.didYouMean ?? null}
          />
          {result.docs.length ? (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {result.docs.map((moduleDoc) => (
                <li key={moduleDoc.id}>
                  <ModuleCard moduleDoc={moduleDoc} locale={locale} />
                </li>
              ))}
            </ul>
          ) : (
            <Card variant="empty" className="mt-4">
              <p className="text-lg font-semibold">{t('emptyTitle')}</p>
              <p className="mt-1 text-slate-700">{t('emptyText')}</p>
              {hasActiveFilters(filters) ? (
                <LinkButton href="/catalogue" className="mt-4">
                  {t('emptyCta')}
                </LinkButton>
              ) : null}
            </Card>
          )}
          <Pagination pathname="/catalogue" query={query} page={result.page} totalPages={result.totalPages} />
        </section>
      </div>
    </div>
  )
}
