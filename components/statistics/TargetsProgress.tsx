import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { regions } from '@/lib/accompaniments/territory'
import type { TargetProgress } from '@/lib/statistics/targets'
import { brusselsFormat } from '@/lib/time/brussels'

type Props = { progress: TargetProgress[]; locale: Locale }

/** Programme targets and how far the platform got: a table (readable by everyone), a bar per row for the eye. */
export async function TargetsProgress({ progress, locale }: Props) {
  if (!progress.length) return null
  const t = await getTranslations('targets')
  const number = new Intl.NumberFormat(`${locale}-BE`)
  const percent = new Intl.NumberFormat(`${locale}-BE`, { style: 'percent', maximumFractionDigits: 0 })
  const day = brusselsFormat(locale, { dateStyle: 'medium' })
  return (
    <section aria-labelledby="targets-title" className="mt-10 break-inside-avoid">
      <h2 id="targets-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      {progress.map((p) => (
        <div key={p.id} className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-semibold">
              {p.programme} ·{' '}
              {p.territory === 'all' ? t('allTerritories') : (regions[p.territory]?.[locale] ?? p.territory)} ·{' '}
              {t('period', { from: day.format(new Date(p.from)), to: day.format(new Date(p.to)) })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {t('indicator')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('achieved')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('target')}
                </th>
                <th scope="col" className="p-2">
                  {t('progress')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.indicators.map((i) => {
                const share = i.achieved === null || !i.target ? null : i.achieved / i.target
                return (
                  <tr key={i.name} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {t(i.name)}
                    </th>
                    <td className="p-2 text-right tabular-nums">
                      {i.achieved === null ? t('notMeasured') : number.format(i.achieved)}
                    </td>
                    <td className="p-2 text-right tabular-nums">{number.format(i.target)}</td>
                    <td className="p-2">
                      {share === null ? (
                        '—'
                      ) : (
                        <span className="flex items-center gap-2">
                          <span aria-hidden="true" className="block h-3 w-32 rounded bg-slate-200">
                            <span
                              className="block h-3 rounded bg-brand-700"
                              style={{ width: `${Math.min(share, 1) * 100}%` }}
                            />
                          </span>
                          {percent.format(share)}
                        </span>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ))}
      <p className="mt-3 text-slate-700">{t('howCounted')}</p>
    </section>
  )
}
