import { getTranslations } from 'next-intl/server'
import { FilterForm } from '@/components/catalogue/FilterForm'
import { ResourceCard } from '@/components/catalogue/ResourceCard'
import { SearchNotices } from '@/components/search/SearchNotices'
import { Card } from '@/components/ui/Card'
import { TextLink } from '@/components/ui/TextLink'
import { PageHeading } from '@/components/ui/PageHeading'
import { Pagination } from '@/components/ui/Pagination'
import type { Locale } from '@/i18n/locales'
import { catalogueQuery, parseCatalogueFilters, readQuery, type RawSearchParams } from '@/lib/catalogue/filters'
import { getThemes, listCommunityResources, searchResources } from '@/lib/catalogue/queries'

/**
 * The community resources, filtered by theme and level. Without a search, by level and title (cached); a
 * search asks the site's engine, per request: best first within the filters, the words found marked.
 */
export async function CommunityResourcesView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: RawSearchParams
}) {
  const { q, themes: themeSlugs, levels, page } = parseCatalogueFilters(searchParams)
  const filters = { themes: themeSlugs, levels, page }
  const [t, tc, themes, found, listed] = await Promise.all([
    getTranslations('resources'),
    getTranslations('catalogue'),
    getThemes(locale),
    q ? searchResources(locale, q, filters) : null,
    q ? null : listCommunityResources(locale, filters),
  ])
  const result = found ?? listed!

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeading size="lg">{t('title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('intro')}</p>
      <p className="mt-2 text-lg">
        {t('proposeText')}{' '}
        <TextLink strong href="/espace-aidant/ressources/proposer">
          {t('propose')}
        </TextLink>
      </p>
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
            q={q}
            searchLabel={t('searchLabel')}
            searchPlaceholder={t('searchPlaceholder')}
          />
        </aside>
        <section aria-label={t('title')}>
          {found ? (
            <SearchNotices
              pathname="/ressources-communaute"
              query={catalogueQuery({ themes: themeSlugs, levels })}
              cut={readQuery(searchParams.q).cut}
              found={found.totalDocs}
              partial={found.partial}
              didYouMean={found.didYouMean}
              className="mb-4"
            />
          ) : null}
          {result.docs.length ? (
            <ul className="grid gap-4 sm:grid-cols-2">
              {result.docs.map((resource) => (
                <li key={resource.id}>
                  <ResourceCard resource={resource} locale={locale} terms={found?.terms[resource.id]} />
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
            query={catalogueQuery({ q, themes: themeSlugs, levels })}
            page={result.page}
            totalPages={result.totalPages}
          />
        </section>
      </div>
    </div>
  )
}
