import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PlaceCard } from '@/components/orientation/PlaceCard'
import { SheetMap } from '@/components/orientation/SheetMap'
import { LinkButton } from '@/components/ui/LinkButton'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import type { Locale } from '@/i18n/locales'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { criteriaQuery, parseCriteria } from '@/lib/orientation/criteria'
import { nearRadiusKm } from '@/lib/map/search'
import { placeArgs } from '@/lib/text/elision'
import { sheetPlaces } from '@/lib/orientation/match'
import { findOrientation } from '@/lib/orientation/query'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

/** Made from the query string for one person: rendered per request, never indexed, nothing stored. */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'orientation.sheet' })
  return { title: t('title'), robots: { index: false } }
}

const bring = ['bring1', 'bring2', 'bring3', 'bring4', 'bring5', 'bring6'] as const

/** The orientation sheet: one A4 page to hand over, with the need, up to three places, a small map, what to bring. */
export default async function OrientationSheetPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const criteria = parseCriteria(await searchParams)
  const [t, w, o, answer] = await Promise.all([
    getTranslations('orientation.sheet'),
    getTranslations('orientation'),
    getTranslations('structureOptions'),
    findOrientation(criteria, locale),
  ])
  const back = (
    <LinkButton
      href={{ pathname: '/orientation', query: criteriaQuery({ ...criteria, picked: [] }) }}
      variant="secondary"
      className="print:hidden"
    >
      {t('back')}
    </LinkButton>
  )
  const places = answer.status === 'found' ? sheetPlaces(answer.places, criteria.picked) : []
  if (answer.status !== 'found' || !places.length) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading>{t('title')}</PageHeading>
        <p className="my-6 text-xl">{t('empty')}</p>
        {back}
      </div>
    )
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(new Date())
  const needs = criteria.needs.length
    ? criteria.needs.map((n) => o(`services.${n}` as 'services.demarches')).join(' · ')
    : t('needAny')
  const when = [
    criteria.days.map((d) => o(`days.${d}` as 'days.mon')).join(', '),
    criteria.times.map((time) => w(`times.${time}` as 'times.morning')).join(', '),
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <article
      data-testid="orientation-sheet"
      className="mx-auto max-w-3xl px-4 py-6 text-lg print:max-w-none print:p-0 print:text-[10.5pt] print:leading-snug"
    >
      <div className="mb-4 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t('print')} />
        {back}
      </div>
      <header className="flex flex-wrap items-baseline justify-between gap-x-4">
        <PageHeading className="print:text-[18pt]">{t('title')}</PageHeading>
        <p className="text-slate-700 print:text-black">{t('date', { date })}</p>
      </header>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 print:mt-2">
        <dt className="font-bold">{t('need')}</dt>
        <dd>{needs}</dd>
        <dt className="font-bold">{t('where')}</dt>
        <dd>{answer.origin.label}</dd>
        {when ? (
          <>
            <dt className="font-bold">{t('when')}</dt>
            <dd>{when}</dd>
          </>
        ) : null}
      </dl>
      {answer.relaxed.map((step) => (
        <p key={step} className="mt-2 font-semibold">
          {w(`relaxed.${step}`, { km: nearRadiusKm })}
        </p>
      ))}
      <h2 className="mt-4 text-2xl font-bold print:mt-2 print:text-[13pt]">{t('places')}</h2>
      <ol className="mt-2 grid gap-4 sm:grid-cols-2 print:grid-cols-3 print:gap-3">
        {places.map((place, i) => (
          <li key={place.id} className="break-inside-avoid rounded-lg border border-slate-400 p-3 print:p-2">
            <PlaceCard place={place} number={i + 1} locale={locale} compact />
          </li>
        ))}
      </ol>
      <div className="mt-4 print:mt-3">
        <SheetMap
          origin={answer.origin}
          places={places}
          label={t('mapLabel', placeArgs(answer.origin.label))}
          originLabel={answer.origin.label}
        />
        <p className="mt-1 text-base text-slate-700 print:text-[9pt] print:text-black">
          {t('mapLegend', { place: answer.origin.label })}
        </p>
      </div>
      <section className="mt-4 break-inside-avoid print:mt-2" aria-labelledby="bring-title">
        <h2 id="bring-title" className="text-2xl font-bold print:text-[13pt]">
          {t('bringTitle')}
        </h2>
        <ul className="mt-1 list-disc pl-6 print:columns-2 print:gap-6">
          {bring.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <p className="mt-3 font-semibold print:mt-2">{t('call')}</p>
      <p className="mt-1 text-base text-slate-700 print:text-[9pt] print:text-black">{t('privacy')}</p>
    </article>
  )
}
