import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { formatKm, hoursByDay } from '@/lib/orientation/format'
import type { OrientationPlace } from '@/lib/orientation/query'

/**
 * One place to go: its name, address, phone, distance and opening hours. Used by the results and by the
 * printed sheet (`compact`: smaller type, no link to the place's page, which paper cannot follow).
 */
export async function PlaceCard({
  place,
  number,
  locale,
  compact = false,
}: {
  place: OrientationPlace
  number: number
  locale: string
  compact?: boolean
}) {
  const [t, o] = await Promise.all([getTranslations('orientation'), getTranslations('structureOptions')])
  const hours = hoursByDay(place.openingHours)
  const tel = place.phone?.replace(/[^\d+]/g, '')
  return (
    <div className={compact ? 'text-[10.5pt] leading-snug' : 'text-lg'}>
      <h3 className={compact ? 'text-[12pt] font-bold' : 'text-xl font-bold'}>
        <span
          aria-hidden="true"
          className="mr-2 inline-flex h-7 w-7 items-center justify-center rounded-full bg-slate-900 text-base text-white print:border print:border-black"
        >
          {number}
        </span>
        {compact ? (
          place.name
        ) : (
          <Link href={{ pathname: '/structures/[slug]', params: { slug: place.slug } }} className="underline">
            {place.name}
          </Link>
        )}
      </h3>
      <p className="mt-1">
        {place.address}
        {place.addressComplement ? ` (${place.addressComplement})` : ''}, {place.postcode} {place.city}
        <span className="text-slate-700">
          {' · '}
          {t('distance', { distance: formatKm(place.distanceKm, locale) })}
        </span>
      </p>
      {place.phone ? (
        <p>
          {t('phone')}{' '}
          {compact ? (
            <strong>{place.phone}</strong>
          ) : (
            <a href={`tel:${tel}`} className="inline-flex min-h-11 items-center font-semibold underline">
              {place.phone}
            </a>
          )}
        </p>
      ) : null}
      {hours.length ? (
        <>
          <p className="sr-only">{t('hours')}</p>
          <dl
            className={compact ? 'mt-0.5 grid grid-cols-[auto_1fr] gap-x-3' : 'mt-1 grid grid-cols-[auto_1fr] gap-x-3'}
          >
            {hours.map(([day, ranges]) => (
              <div key={day} className="contents">
                <dt className="font-medium">{o(`days.${day}` as 'days.mon')}</dt>
                <dd>{ranges}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="mt-1">{t('noHours')}</p>
      )}
    </div>
  )
}
