import { getTranslations } from 'next-intl/server'
import { RichText } from '@/components/richtext/RichText'
import { Highlighted } from '@/components/search/Highlighted'
import { SearchNotices } from '@/components/search/SearchNotices'
import { Card } from '@/components/ui/Card'
import { PageHeading } from '@/components/ui/PageHeading'
import { SearchBox } from '@/components/ui/SearchBox'
import { textLinkClass } from '@/components/ui/textLinkClass'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readQuery, type RawSearchParams } from '@/lib/catalogue/filters'
import { faqCategories } from '@/lib/faq/categories'
import { listFaq, searchHelpCentre } from '@/lib/faq/find'
import type { Faq } from '@/payload-types'

/**
 * The help centre: questions by category, a search, and an anchor per question (/fr/faq#slug). A search asks
 * the site's engine, per request: the questions found, best first, the words found marked.
 */
export async function FaqView({ locale, searchParams }: { locale: Locale; searchParams: RawSearchParams }) {
  const { q, cut } = readQuery(searchParams.q)
  const [t, entries, found] = await Promise.all([
    getTranslations('faq'),
    q ? [] : listFaq(locale),
    q ? searchHelpCentre(locale, q) : null,
  ])
  const groups = faqCategories
    .map((category) => ({ category, entries: entries.filter((entry) => entry.category === category) }))
    .filter((group) => group.entries.length)
  const answer = (entry: Faq, terms: string[] = []) => (
    <div key={entry.id} className="mt-6 scroll-mt-4 border-l-4 border-brand-200 pl-4" id={entry.slug}>
      {found ? <p className="text-sm text-slate-700">{t(`categories.${entry.category}`)}</p> : null}
      <h3 className="text-xl font-bold">
        <a href={`#${entry.slug}`} className="hover:underline">
          <Highlighted text={entry.question} terms={terms} locale={locale} />
        </a>
      </h3>
      <RichText data={entry.answer} className="mt-2 text-lg" />
    </div>
  )

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg">{t('intro')}</p>
      <SearchBox
        action={getPathname({ href: '/faq', locale })}
        id="faq-q"
        label={t('searchLabel')}
        button={t('search')}
        q={q}
        className="mt-6"
      />
      {found ? (
        <>
          <p role="status" className="mt-4 font-semibold">
            {t('count', { count: found.totalDocs, q })}
          </p>
          <SearchNotices
            pathname="/faq"
            cut={cut}
            found={found.totalDocs}
            partial={found.partial}
            didYouMean={found.didYouMean}
          />
        </>
      ) : null}
      {found?.docs.length ? (
        <section aria-labelledby="faq-results" className="mt-10">
          <h2 id="faq-results" className="text-2xl font-bold">
            {t('results')}
          </h2>
          {found.docs.map((entry) => answer(entry, found.terms[entry.id]))}
        </section>
      ) : groups.length ? (
        <nav aria-label={t('categoriesLabel')} className="mt-6">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {groups.map(({ category }) => (
              <li key={category}>
                <a href={`#${category}`} className={textLinkClass({ strong: true })}>
                  {t(`categories.${category}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <Card as="p" variant="muted" className="mt-6">
          {t('empty')}{' '}
          <Link href="/contact" className="font-semibold text-brand-700 underline">
            {t('contactLink')}
          </Link>
        </Card>
      )}
      {groups.map(({ category, entries: list }) => (
        <section key={category} aria-labelledby={category} className="mt-10">
          <h2 id={category} className="text-2xl font-bold">
            {t(`categories.${category}`)}
          </h2>
          {list.map((entry) => answer(entry))}
        </section>
      ))}
      <p className="mt-12 text-lg">
        {t('stillQuestion')}{' '}
        <Link href="/contact" className="font-semibold text-brand-700 underline">
          {t('contactLink')}
        </Link>
      </p>
    </div>
  )
}
