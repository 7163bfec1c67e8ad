import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import { Badge } from '@/components/ui/Badge'
import { Card } from '@/components/ui/Card'
import { Pagination } from '@/components/ui/Pagination'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { loadGazetteer } from '@/lib/geo/gazetteer'
import { localizedCityName } from '@/lib/geo/search'
import { placeArgs } from '@/lib/text/elision'
import { mapQuery, type MapFilters } from '@/lib/map/filters'
import { isOpenAt, localTime } from '@/lib/map/hours'
import type { MapResults } from '@/lib/map/query'
import { nearRadiusKm } from '@/lib/map/search'

import { ShowOnMapButton } from './ShowOnMapButton'

export const pageSize = 20

type Props = { filters: MapFilters; results: MapResults; now: Date }

/** The result list: the accessible alternative to the map, usable on its own. */
export async function MapResultList({ filters, results, now }: Props) {
  const [t, o, format, locale, gazetteer] = await Promise.all([
    getTranslations('map'),
    getTranslations('structureOptions'),
    getFormatter(),
    getLocale(),
    loadGazetteer(),
  ])
  const { hits, origin } = results
  const totalPages = Math.max(1, Math.ceil(hits.length / pageSize))
  const page = Math.min(filters.page, totalPages)
  const shown = hits.slice((page - 1) * pageSize, page * pageSize)
  const moment = localTime(now)
  // "0,3 km" in French and Dutch: the page's number format, not the server's.
  const km = (value: number) => format.number(value, { maximumFractionDigits: 1 })
  // A city stored as typed ("Bruxelles") shows in the page's language ("Brussel").
  const city = (postcode: string, name: string) => localizedCityName(gazetteer, postcode, name, locale as Locale)
  const withoutFilters = { q: filters.q, near: filters.near }

  return (
    <section aria-labelledby="map-results-title">
      <h2 id="map-results-title" className="sr-only">
        {t('listTitle')}
      </h2>
      <p role="status" className="text-lg font-bold" data-testid="map-count">
        {origin?.area
          ? t('countInArea', { count: hits.length, where: origin.area.in })
          : origin
            ? t('countNear', { count: hits.length, km: nearRadiusKm, ...placeArgs(origin.label) })
            : t('count', { count: hits.length })}
      </p>
      {hits.length === 0 ? (
        <Card variant="muted" className="mt-4">
          <p className="font-semibold">{t('emptyTitle')}</p>
          <p className="mt-1">{t('emptyHint')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link
                href={{ pathname: '/cartographie', query: mapQuery(withoutFilters) }}
                className="text-brand-700 underline"
              >
                {t('emptyRemoveFilters')}
              </Link>
            </li>
            {filters.near ? (
              <li>
                <Link
                  href={{ pathname: '/cartographie', query: mapQuery({ ...filters, near: '', page: 1 }) }}
                  className="text-brand-700 underline"
                >
                  {origin?.area
                    ? t('emptyRemoveArea', { where: origin.area.in })
                    : t('emptyRemoveNear', placeArgs(origin?.label ?? filters.near))}
                </Link>
              </li>
            ) : null}
            {filters.q ? (
              <li>
                <Link
                  href={{ pathname: '/cartographie', query: mapQuery({ ...filters, q: '', page: 1 }) }}
                  className="text-brand-700 underline"
                >
                  {t('emptyRemoveName')}
                </Link>
              </li>
            ) : null}
          </ul>
        </Card>
      ) : (
        <ol className="mt-4 space-y-3" data-testid="map-results">
          {shown.map((hit) => (
            <Card key={hit.id} id={`lieu-${hit.id}`} as="li" padding="md">
              <h3 className="text-lg font-bold">
                <Link
                  href={{ pathname: '/structures/[slug]', params: { slug: hit.slug } }}
                  className="text-brand-800 underline"
                >
                  {hit.name}
                </Link>
              </h3>
              <p>
                {hit.postcode} {city(hit.postcode, hit.city)}
                {hit.distanceKm !== undefined ? <> · {t('distance', { km: km(hit.distanceKm) })}</> : null}
              </p>
              {isOpenAt(hit.openingHours, moment) ? (
                <Badge as="p" tone="success" className="mt-1">
                  {t('openBadge')}
                </Badge>
              ) : null}
              {hit.services.length ? (
                <p className="mt-1 text-slate-700">
                  {hit.services.map((s) => o(`services.${s}` as 'type.cpas')).join(' · ')}
                </p>
              ) : null}
              <ShowOnMapButton id={hit.id} label={t('showOnMap')} />
            </Card>
          ))}
        </ol>
      )}
      <Pagination
        pathname="/cartographie"
        query={mapQuery({ ...filters, page: 1 })}
        page={page}
        totalPages={totalPages}
      />
    </section>
  )
}
