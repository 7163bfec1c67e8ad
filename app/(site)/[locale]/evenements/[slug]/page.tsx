import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ActionForm } from '@/components/forms/ActionForm'
import { Card } from '@/components/ui/Card'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { PageHeading } from '@/components/ui/PageHeading'
import { textLinkClass } from '@/components/ui/textLinkClass'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { registerAction } from '@/lib/events/actions'
import { getEvent } from '@/lib/events/queries'
import { formatEventDate } from '@/lib/events/format'
import { formLabels } from '@/lib/forms/state'
import { honeypotName } from '@/lib/forms/spam'
import { alternatesFor } from '@/lib/seo/alternates'
import { TranslationNotice } from '@/components/i18n/TranslationNotice'
import { fallbackLang } from '@/lib/i18n/translationGaps'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/**
 * Rendered on first request, then cached: seats left change with every registration, whose hooks expire the
 * events tag (lib/events/queries.ts); "ended" follows the clock within five minutes.
 */
export function generateStaticParams(): { slug: string }[] {
  return []
}

const load = getEvent

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const event = await load(locale, slug)
  if (!event) return {}
  return {
    title: event.title,
    description: event.summary,
    alternates: alternatesFor({ pathname: '/evenements/[slug]', params: { slug } }, locale),
    openGraph: { title: event.title, description: event.summary, type: 'website' },
  }
}

/** One event: when and where, seats left, registration, and the .ics file. */
export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [event, t, labels] = await Promise.all([load(locale, slug), getTranslations('events'), formLabels()])
  if (!event) notFound()
  const ended = new Date(event.endsAt) < new Date()

  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <p>
        <Link href="/evenements" className="font-semibold text-brand-700 underline">
          ← {t('backToList')}
        </Link>
      </p>
      <Eyebrow className="mt-4">
        {t(`kind.${event.kind}`)} · {t(`audience.${event.audience}`)} · {t(`language.${event.language}`)}
      </Eyebrow>
      <PageHeading className="mt-1" lang={fallbackLang(event, locale, 'title')}>
        {event.title}
      </PageHeading>
      <TranslationNotice docs={[event]} locale={locale} />
      <p className="mt-4 whitespace-pre-line text-lg" lang={fallbackLang(event, locale, 'summary')}>
        {event.summary}
      </p>
      <dl className="mt-6 grid grid-cols-[6rem_1fr] gap-y-2 text-lg">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatEventDate(event, locale)}</time>
        </dd>
        <dt className="font-semibold">{t('where')}</dt>
        <dd>{event.onlineUrl ? t('online') : event.place}</dd>
      </dl>
      <p className="mt-4">
        <a href={`/api/events/${slug}/ics?locale=${locale}`} className={textLinkClass({ strong: true })}>
          {t('addToCalendar')}
        </a>
      </p>
      {ended ? (
        <Card as="p" variant="muted" className="mt-8 font-semibold">
          {t('ended')}
        </Card>
      ) : (
        <Card aria-labelledby="register" as="section" className="mt-8">
          <h2 id="register" className="text-2xl font-bold">
            {t('registerTitle')}
          </h2>
          <p className="mt-1 font-semibold" data-testid="seats">
            {t('seatsLeft', { count: event.seatsLeft })}
          </p>
          <div className="mt-4">
            <ActionForm
              action={registerAction.bind(null, locale, slug)}
              labels={labels}
              submitLabel={event.seatsLeft ? t('submit') : t('submitWaitlist')}
              fields={[
                { kind: 'input', name: 'name', label: t('name'), required: true, autoComplete: 'name' },
                {
                  kind: 'input',
                  name: 'email',
                  type: 'email',
                  label: t('email'),
                  hint: t('emailHint'),
                  required: true,
                  autoComplete: 'email',
                  inputMode: 'email',
                },
                { kind: 'input', name: 'structure', label: t('structure'), autoComplete: 'organization' },
                { kind: 'honeypot', name: honeypotName, label: t('honeypot') },
              ]}
            />
          </div>
        </Card>
      )}
    </article>
  )
}
