import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MapLoader } from '@/components/map/MapLoader'
import { MapResultList } from '@/components/map/MapResultList'
import { MapSearchForm } from '@/components/map/MapSearchForm'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'
import { queryString } from '@/i18n/pathnames'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { mapQuery, parseMapFilters } from '@/lib/map/filters'
import { findOnMap } from '@/lib/map/query'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

/** Reads its filters from the query string, and "open now" from the clock. */
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
  const filters = parseMapFilters(await searchParams)
  const now = new Date()
  const [results, t] = await Promise.all([findOnMap(filters, now), getTranslations('map')])
  const pointsQuery = queryString(mapQuery({ ...filters, page: 1 }))

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl text-lg">{t('intro')}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[20rem_1fr]">
        <MapSearchForm filters={filters} unknownPlace={results.unknownPlace} />
        <div className="space-y-6">
          <MapLoader
            pointsUrl={`/api/map/points${pointsQuery ? `?${pointsQuery}` : ''}`}
            locale={locale}
            origin={results.origin ? [results.origin.longitude, results.origin.latitude] : null}
            labels={{
              map: t('mapLabel'),
              loading: t('mapLoading'),
              unavailable: t('mapUnavailable'),
              cluster: t('cluster', { count: '{count}' }),
              more: t('popupMore'),
              close: t('popupClose'),
              popupLoading: t('popupLoading'),
              attribution: t('attribution'),
            }}
          />
          <MapResultList filters={filters} results={results} now={now} />
        </div>
      </div>
    </div>
  )
}
