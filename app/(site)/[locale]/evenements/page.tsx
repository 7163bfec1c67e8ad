import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EventCard } from '@/components/media/EventCard'
import { KindSearch } from '@/components/search/KindSearch'
import { PageHeading } from '@/components/ui/PageHeading'
import { textLinkClass } from '@/components/ui/textLinkClass'
import type { Locale } from '@/i18n/locales'
import { listEvents } from '@/lib/events/queries'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'events' })
  return {
    title: t('title'),
    description: t('intro'),
    alternates: {
      ...alternatesFor('/evenements', locale),
      types: { 'text/calendar': `/api/events/calendar.ics?locale=${locale}` },
    },
  }
}

/** Webinars and workshops: the coming ones first, then the past ones. */
export default async function EventsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, { upcoming, past }] = await Promise.all([getTranslations('events'), listEvents(locale)])
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg">{t('intro')}</p>
      <p className="mt-4">
        <a href={`/api/events/calendar.ics?locale=${locale}`} className={textLinkClass({ strong: true })}>
          {t('subscribe')}
        </a>
      </p>
      <KindSearch kind="event" className="mt-6 max-w-xl" />
      <section aria-labelledby="upcoming" className="mt-8">
        <h2 id="upcoming" className="text-2xl font-bold">
          {t('upcoming')}
        </h2>
        {upcoming.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {upcoming.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t('noUpcoming')}</p>
        )}
      </section>
      {past.length ? (
        <section aria-labelledby="past" className="mt-12">
          <h2 id="past" className="text-2xl font-bold">
            {t('past')}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {past.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
