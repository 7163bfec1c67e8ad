import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { FollowUp } from '@/lib/workshops/followUp'
import { statusLabels } from '@/lib/workshops/statusLabels'

import { QuickAccompaniment } from './QuickAccompaniment'

type Props = { followUp: FollowUp; locale: string; workshop: number }

/** Learners × modules: status, score, attempts and time; one tap records an accompaniment for a learner. */
export async function FollowUpTable({ followUp, locale, workshop }: Props) {
  const [t, label] = await Promise.all([getTranslations('followUp'), statusLabels()])
  if (!followUp.rows.length) return <p className="rounded-lg bg-slate-50 p-4 text-lg">{t('noLearners')}</p>
  const icon = { not_started: '○', in_progress: '◐', completed: '●' } as const
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300" tabIndex={0} aria-labelledby="follow-up-title">
      <table className="min-w-full text-left">
        <caption className="sr-only">{t('tableCaption')}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              {t('learner')}
            </th>
            {followUp.modules.map((m) => (
              <th key={m.id} scope="col" className="p-3">
                {m.title}
              </th>
            ))}
            <th scope="col" className="p-3">
              {t('accompaniment')}
            </th>
          </tr>
        </thead>
        <tbody>
          {followUp.rows.map((row) => (
            <tr key={row.participant.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-3">
                <Link
                  href={{ pathname: '/espace-aidant/apprenants/[id]', params: { id: String(row.participant.id) } }}
                  className="font-semibold text-brand-700 underline"
                >
                  {row.participant.name}
                </Link>
              </th>
              {row.cells.map((c, i) => (
                <td key={followUp.modules[i]!.id} className="p-3">
                  <span className="font-semibold">
                    <span aria-hidden="true">{icon[c.status]} </span>
                    {label[c.status]}
                  </span>
                  {c.status !== 'not_started' ? (
                    <span className="block text-sm text-slate-700">
                      {c.score !== null ? `${t('scoreValue', { score: c.score, total: c.questions ?? 0 })} · ` : ''}
                      {t('attemptsValue', { count: c.attempts })} ·{' '}
                      {t('minutesValue', { count: Math.round(c.seconds / 60) })}
                    </span>
                  ) : null}
                </td>
              ))}
              <td className="p-3">
                <QuickAccompaniment
                  locale={locale}
                  participant={row.participant.id}
                  name={row.participant.name}
                  workshop={workshop}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
