import { getTranslations } from 'next-intl/server'
import { RichText } from '@/components/richtext/RichText'
import { Card } from '@/components/ui/Card'
import { PageHeading } from '@/components/ui/PageHeading'
import { SearchBox } from '@/components/ui/SearchBox'
import { textLinkClass } from '@/components/ui/textLinkClass'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { faqCategories } from '@/lib/faq/categories'
import { listFaq, searchFaq } from '@/lib/faq/find'

/** The help centre: questions by category, a search, and an anchor per question (/fr/faq#slug). */
export async function FaqView({ locale, searchParams }: { locale: Locale; searchParams: RawSearchParams }) {
  const raw = searchParams.q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? ''
  const [t, entries] = await Promise.all([getTranslations('faq'), listFaq(locale)])
  const found = searchFaq(entries, q)
  const groups = faqCategories
    .map((category) => ({ category, entries: found.filter((entry) => entry.category === category) }))
    .filter((group) => group.entries.length)

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
      {q ? (
        <p role="status" className="mt-4 font-semibold">
          {t('count', { count: found.length, q })}
        </p>
      ) : null}
      {groups.length ? (
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
          {list.map((entry) => (
            <div key={entry.id} className="mt-6 scroll-mt-4 border-l-4 border-brand-200 pl-4" id={entry.slug}>
              <h3 className="text-xl font-bold">
                <a href={`#${entry.slug}`} className="hover:underline">
                  {entry.question}
                </a>
              </h3>
              <RichText data={entry.answer} className="mt-2 text-lg" />
            </div>
          ))}
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
