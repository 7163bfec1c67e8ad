import { getTranslations } from 'next-intl/server'

import type { MonthTotal } from '@/lib/accompaniments/totals'
import { localeTag } from '@/i18n/locales'

/** The structure's accompaniments per month, for its référent (and its annual report). */
export async function MonthlyTotals({ totals, locale }: { totals: MonthTotal[]; locale: string }) {
  const t = await getTranslations('accompaniment')
  if (!totals.length) return <p className="mt-3 text-lg">{t('noneYet')}</p>
  const month = new Intl.DateTimeFormat(localeTag(locale), { month: 'long', year: 'numeric' })
  return (
    <table className="mt-3 w-full text-left text-lg">
      <caption className="sr-only">{t('totalsTitle')}</caption>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className="p-2">
            {t('month')}
          </th>
          <th scope="col" className="p-2">
            {t('count')}
          </th>
          <th scope="col" className="p-2">
            {t('hours')}
          </th>
          <th scope="col" className="p-2">
            {t('people')}
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map((m) => (
          <tr key={m.month} className="border-t border-slate-200">
            <th scope="row" className="p-2 font-semibold">
              {month.format(new Date(`${m.month}-15T12:00:00Z`))}
            </th>
            <td className="p-2">{m.count}</td>
            <td className="p-2">{(m.minutes / 60).toLocaleString(locale, { maximumFractionDigits: 1 })}</td>
            <td className="p-2">{m.people}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
