import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { activityKinds, labelOf, mediationThemes } from '@/lib/accompaniments/vocabulary'
import { brusselsFormat } from '@/lib/time/brussels'
import type { Accompaniment } from '@/payload-types'

type Props = { activities: Accompaniment[]; locale: Locale }

/** The aidant's latest activities: enough to see that the last one was saved, and to spot a mistake. */
export async function RecentActivities({ activities, locale }: Props) {
  const t = await getTranslations('accompaniment')
  const day = brusselsFormat(locale, { dateStyle: 'medium' })
  return (
    <section aria-labelledby="recent-title" className="mt-10">
      <h2 id="recent-title" className="text-2xl font-bold">
        {t('recentTitle')}
      </h2>
      {activities.length ? (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
          {activities.map((a) => (
            <li key={a.id} className="p-3">
              <span className="font-semibold">{day.format(new Date(a.date))}</span> ·{' '}
              {labelOf(activityKinds, a.kind, locale)}
              {a.title ? ` · ${a.title}` : ''}
              <span className="block text-slate-700">
                {(a.themes ?? []).map((theme) => labelOf(mediationThemes, theme, locale)).join(', ')} ·{' '}
                {t('minutesValue', { count: a.minutes })} ·{' '}
                {t('peopleValue', { count: a.kind === 'collective' ? (a.participantsCount ?? 1) : 1 })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-lg">{t('recentNone')}</p>
      )}
    </section>
  )
}
