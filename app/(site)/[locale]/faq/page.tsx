import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FaqView } from '@/components/faq/FaqView'
import type { Locale } from '@/i18n/locales'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

/**
 * With a search or filters (query string): rendered per request. Without, the proxy serves the cached
 * `v/index` route instead (lib/cache/defaultViews.ts).
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'faq' })
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/faq', locale) }
}

/** The help centre: questions by category, a search, and an anchor per question (/fr/faq#slug). */
export default async function FaqPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <FaqView locale={locale} searchParams={await searchParams} />
}
