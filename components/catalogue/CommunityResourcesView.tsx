import { getTranslations } from 'next-intl/server'
import { FilterForm } from '@/components/catalogue/FilterForm'
import { ResourceCard } from '@/components/catalogue/ResourceCard'
import { Card } from '@/components/ui/Card'
import { PageHeading } from '@/components/ui/PageHeading'
import { Pagination } from '@/components/ui/Pagination'
import type { Locale } from '@/i18n/locales'
import { catalogueQuery, parseCatalogueFilters, type RawSearchParams } from '@/lib/catalogue/filters'
import { getThemes, listCommunityResources } from '@/lib/catalogue/queries'

export async function CommunityResourcesView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: RawSearchParams
}) {
  const { themes: themeSlugs, levels, page } = parseCatalogueFilters(searchParams)
  const filters = { themes: themeSlugs, levels, page }
  const [t, tc, themes, result] = await Promise.all([
    getTranslations('resources'),
    getTranslations('catalogue'),
    getThemes(locale),
    listCommunityResources(locale, filters),
  ])

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeading size="lg">{t('title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('intro')}</p>
      <div className="mt-8 grid gap-8 md:grid-cols-[17rem_1fr]">
        <aside aria-labelledby="filters-title">
          <h2 id="filters-title" className="mb-3 text-xl font-bold">
            {tc('filtersTitle')}
          </h2>
          <FilterForm
            pathname="/ressources-communaute"
            themes={themes}
            selectedThemes={themeSlugs}
            selectedLevels={levels}
            withSearch={false}
          />
        </aside>
        <section aria-label={t('title')}>
          {result.docs.length ? (
            <ul className="grid gap-4 sm:grid-cols-2">
              {result.docs.map((resource) => (
                <li key={resource.id}>
                  <ResourceCard resource={resource} />
                </li>
              ))}
            </ul>
          ) : (
            <Card as="p" variant="empty" className="text-lg">
              {t('empty')}
            </Card>
          )}
          <Pagination
            pathname="/ressources-communaute"
            query={catalogueQuery({ themes: themeSlugs, levels })}
            page={result.page}
            totalPages={result.totalPages}
          />
        </section>
      </div>
    </div>
  )
}
