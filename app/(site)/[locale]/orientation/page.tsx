import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { OrientationResults } from '@/components/orientation/OrientationResults'
import { OrientationForm } from '@/components/orientation/OrientationForm'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { parseCriteria } from '@/lib/orientation/criteria'
import { findOrientation } from '@/lib/orientation/query'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

/** The answer depends on the query string (the person's answers): rendered per request. */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  const t = await getTranslations({ locale, namespace: 'orientation' })
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: alternatesFor('/orientation', locale),
    // A person's answers are no page for search engines; the empty wizard is.
    ...(Object.keys(query).length ? { robots: { index: false } } : {}),
  }
}

/** "Trouver de l'aide près de chez moi": four questions, then the nearest places that can help. */
export default async function OrientationPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const criteria = parseCriteria(query)
  const [t, answer] = await Promise.all([getTranslations('orientation'), findOrientation(criteria, locale)])
  // The form was sent (its place field is in the query) but the place is empty or unknown: say so next to it.
  const placeError =
    answer.status === 'unknownPlace'
      ? t('placeUnknown', { place: criteria.near })
      : answer.status === 'noPlace' && 'near' in query
        ? t('placeRequired')
        : null
  const form = (
    <OrientationForm
      locale={locale}
      criteria={criteria}
      placeError={placeError}
      prefilled={query.from === 'diagnostic'}
    />
  )

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <PageHeading>{t('title')}</PageHeading>
      {answer.status === 'found' ? (
        <>
          <OrientationResults locale={locale} criteria={criteria} answer={answer} />
          <details className="mt-10 rounded-lg border-2 border-slate-300 p-3">
            <summary className="flex min-h-11 cursor-pointer items-center text-xl font-bold text-brand-700">
              {t('editTitle')}
            </summary>
            <div className="mt-4">{form}</div>
          </details>
        </>
      ) : (
        <>
          <p className="mt-2 text-lg">{t('intro')}</p>
          <div className="mt-6">{form}</div>
        </>
      )}
    </div>
  )
}
