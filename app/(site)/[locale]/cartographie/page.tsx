import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MapSearchView } from '@/components/map/MapSearchView'
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
  const t = await getTranslations({ locale, namespace: 'map' })
  return { title: t('title'), description: t('metaDescription'), alternates: alternatesFor('/cartographie', locale) }
}

/** The map of the structures, with its search and a result list that works on its own. */
export default async function MapPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <MapSearchView locale={locale} searchParams={await searchParams} />
}
