import { getTranslations } from 'next-intl/server'

import { Card } from '@/components/ui/Card'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { Link } from '@/i18n/navigation'
import { formatEventDate } from '@/lib/events/format'
import type { Event } from '@/payload-types'

/** An event in a list: type, title (the link), when, where, language and audience. */
export async function EventCard({ event, locale }: { event: Event; locale: string }) {
  const t = await getTranslations('events')
  return (
    <Card as="article" variant="link">
      <Eyebrow className="text-sm">
        {t(`kind.${event.kind}`)} · {t(`language.${event.language}`)}
      </Eyebrow>
      <h3 className="mt-1 text-xl font-bold">
        <Link
          href={{ pathname: '/evenements/[slug]', params: { slug: event.slug } }}
          className="after:absolute after:inset-0 hover:underline"
        >
          {event.title}
        </Link>
      </h3>
      <p className="mt-2">
        <time dateTime={event.startsAt}>{formatEventDate(event, locale)}</time>
      </p>
      <p className="text-slate-700">
        {event.onlineUrl ? t('online') : event.place} · {t(`audience.${event.audience}`)}
      </p>
    </Card>
  )
}
