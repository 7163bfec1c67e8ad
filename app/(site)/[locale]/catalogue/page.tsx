import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CatalogueView } from '@/components/catalogue/CatalogueView'
import type { Locale } from '@/i18n/locales'
import { parseCatalogueFilters, queryWasCut, type RawSearchParams } from '@/lib/catalogue/filters'
import { alternatesFor } from '@/lib/seo/alternates'

/** Filtered by the query string: rendered per request. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'catalogue' })
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/catalogue', locale) }
}

/** Text searches only: the proxy sends every other view to the cached `v/[view]` route (lib/catalogue/view.ts). */
export default async function CatalogueSearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  return <CatalogueView locale={locale} filters={parseCatalogueFilters(query)} cut={queryWasCut(query)} />
}
