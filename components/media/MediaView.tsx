import { getTranslations } from 'next-intl/server'
import { ArticleCard } from '@/components/media/ArticleCard'
import { SearchNotices } from '@/components/search/SearchNotices'
import { Card } from '@/components/ui/Card'
import { PageHeading } from '@/components/ui/PageHeading'
import { Pagination } from '@/components/ui/Pagination'
import { SearchBox } from '@/components/ui/SearchBox'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readQuery, type RawSearchParams } from '@/lib/catalogue/filters'
import { parseArticleFilters } from '@/lib/media/filters'
import { listArticles, listCategories, searchMedia } from '@/lib/media/queries'

/**
 * The média: articles for aidants, by category, with a search. Without a search, newest first (cached); a
 * search asks the site's engine, per request: best first, the words found marked.
 */
export async function MediaView({ locale, searchParams }: { locale: Locale; searchParams: RawSearchParams }) {
  const filters = parseArticleFilters(searchParams)
  const [t, categories, found, listed] = await Promise.all([
    getTranslations('media'),
    listCategories(locale),
    filters.q ? searchMedia(locale, filters) : null,
    filters.q ? null : listArticles(locale, filters),
  ])
  const articles = found ?? listed!
  const query = { ...(filters.q ? { q: filters.q } : {}), ...(filters.category ? { category: filters.category } : {}) }
  const chip = (active: boolean) =>
    `inline-flex min-h-11 items-center rounded-full border-2 px-4 font-semibold ${active ? 'border-brand-700 bg-brand-700 text-white' : 'border-brand-700 text-brand-700 hover:bg-brand-50'}`

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl text-lg">{t('intro')}</p>
      <SearchBox
        action={getPathname({ href: '/media', locale })}
        id="media-q"
        label={t('searchLabel')}
        button={t('search')}
        q={filters.q}
        className="mt-6 max-w-xl"
      >
        {filters.category ? <input type="hidden" name="category" value={filters.category} /> : null}
      </SearchBox>
      <nav aria-label={t('categoriesLabel')} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href={{ pathname: '/media', query: filters.q ? { q: filters.q } : {} }}
              className={chip(!filters.category)}
              aria-current={!filters.category ? 'page' : undefined}
            >
              {t('allCategories')}
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={{
                  pathname: '/media',
                  query: { ...(filters.q ? { q: filters.q } : {}), category: category.slug },
                }}
                className={chip(filters.category === category.slug)}
                aria-current={filters.category === category.slug ? 'page' : undefined}
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" className="mt-6 font-semibold">
        {t('count', { count: articles.totalDocs })}
      </p>
      {found ? (
        <SearchNotices
          pathname="/media"
          query={filters.category ? { category: filters.category } : {}}
          cut={readQuery(searchParams.q).cut}
          found={found.totalDocs}
          partial={found.partial}
          didYouMean={found.didYouMean}
        />
      ) : null}
      {articles.docs.length ? (
        <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {articles.docs.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} locale={locale} terms={found?.terms[article.id]} />
            </li>
          ))}
        </ul>
      ) : (
        <Card as="p" variant="muted" className="mt-4">
          {t('empty')}{' '}
          <Link href="/media" className="font-semibold text-brand-700 underline">
            {t('emptyReset')}
          </Link>
        </Card>
      )}
      <Pagination pathname="/media" query={query} page={filters.page} totalPages={articles.totalPages} />
    </div>
  )
}
