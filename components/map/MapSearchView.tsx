import { getTranslations } from 'next-intl/server'
import { MapLoader } from '@/components/map/MapLoader'
import { MapResultList } from '@/components/map/MapResultList'
import { MapSearchForm } from '@/components/map/MapSearchForm'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { queryString } from '@/i18n/pathnames'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { mapQuery, parseMapFilters } from '@/lib/map/filters'
import { findOnMap } from '@/lib/map/query'

/** The map of the structures, with its search and a result list that works on its own. */
export async function MapSearchView({ locale, searchParams }: { locale: Locale; searchParams: RawSearchParams }) {
  const filters = parseMapFilters(searchParams)
  const now = new Date()
  const [results, t, o] = await Promise.all([
    findOnMap(filters, now, locale),
    getTranslations('map'),
    getTranslations('orientation'),
  ])
  // The place chosen here travels with the points' URL, so the map centres where the list does.
  const pointsQuery = queryString(mapQuery({ ...filters, place: results.origin?.placeId ?? '', page: 1 }))
  const { origin } = results

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl text-lg">{t('intro')}</p>
      <p className="mt-2 text-lg">
        <Link href="/orientation" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {o('entryCta')}
        </Link>
      </p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[20rem_1fr]">
        <MapSearchForm
          filters={filters}
          unknownPlace={results.unknownPlace}
          choices={results.choices}
          chosen={
            origin
              ? {
                  id: origin.placeId,
                  name: origin.label,
                  approximate: Boolean(origin.street) && origin.precision !== 'street',
                }
              : null
          }
        />
        <div className="space-y-6">
          <MapLoader
            pointsUrl={`/api/map/points${pointsQuery ? `?${pointsQuery}` : ''}`}
            locale={locale}
            origin={results.origin ? [results.origin.longitude, results.origin.latitude] : null}
            // A province or department fits at zoom 8 on a phone, a region at 7; a place's surroundings at 10.
            zoom={origin?.area ? (origin.area.type === 'region' ? 7 : 8) : 10}
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
