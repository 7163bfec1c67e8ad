import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { breakdownNames, type Statistics } from '@/lib/statistics/compute'
import { numberFormat, type StatisticsLabels } from '@/lib/statistics/labels'

import { BarChart } from './BarChart'
import { DataTable } from './DataTable'
import { MonthChart } from './MonthChart'

const totalNames = [
  'activities',
  'people',
  'hours',
  'individual',
  'collective',
  'newPeople',
  'returningPeople',
  'anonymous',
  'referred',
] as const

/**
 * The figures of a statistics page, shared by the members' page and a public link: totals first, then the
 * twelve months and every breakdown, each chart beside its table. A hidden figure (a group of fewer than five
 * people) reads "< 5".
 */
export async function StatisticsReport({
  statistics,
  locale,
  labels,
  afterTotals,
}: {
  statistics: Statistics
  locale: Locale
  labels: StatisticsLabels
  /** What comes between the totals and the charts (the members' filters and exports). */
  afterTotals?: ReactNode
}) {
  const t = await getTranslations({ locale, namespace: 'statistics' })
  const numbers = numberFormat(locale)
  const show = (n: number | null) => (n === null ? t('fewer') : numbers.format(n))
  const monthName = new Intl.DateTimeFormat(`${locale}-BE`, { month: 'short', timeZone: 'UTC' })
  const monthLong = new Intl.DateTimeFormat(`${locale}-BE`, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const dateOf = (month: string) => new Date(`${month}-01T12:00:00Z`)
  const { totals, months, breakdowns } = statistics
  const empty = totals.activities === 0

  return (
    <>
      <section aria-labelledby="totals-title" className="mt-6 break-inside-avoid">
        <h2 id="totals-title" className="text-2xl font-bold">
          {t('totalsTitle')}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 print:grid-cols-3 print:gap-2">
          {totalNames.map((name, i) => (
            <div
              key={name}
              className={`rounded-lg border border-slate-300 p-3 print:p-2 ${i < 3 ? 'bg-brand-50' : 'bg-white'}`}
            >
              <dt className="text-sm break-words hyphens-auto text-slate-700 sm:text-base">{t(`totals.${name}`)}</dt>
              <dd className="text-2xl font-extrabold text-brand-900 tabular-nums">{show(totals[name])}</dd>
            </div>
          ))}
        </dl>
        {empty ? <p className="mt-3 text-lg">{t('empty')}</p> : null}
      </section>
      {afterTotals}

      <section aria-labelledby="months-title" className="mt-10 break-inside-avoid">
        <h2 id="months-title" className="text-2xl font-bold">
          {t('monthsTitle')}
        </h2>
        <div className="mt-3 grid gap-4 lg:grid-cols-2 print:grid-cols-1">
          <MonthChart
            bars={months.map((m) => ({
              month: m.month,
              label: monthName.format(dateOf(m.month)),
              value: m.activities,
            }))}
            format={(n) => numbers.format(n)}
          />
          <DataTable
            id="months"
            caption={t('monthsCaption')}
            columns={[t('month'), t('activities'), t('people'), t('hours')]}
            rows={months.map((m) => ({
              key: m.month,
              head: monthLong.format(dateOf(m.month)),
              cells: [show(m.activities), show(m.people), show(m.hours)],
            }))}
          />
        </div>
      </section>

      <section aria-labelledby="breakdowns-title" className="mt-10">
        <h2 id="breakdowns-title" className="text-2xl font-bold print:break-before-page">
          {t('breakdownsTitle')}
        </h2>
        <div className="mt-2 grid gap-x-8 lg:grid-cols-2 print:grid-cols-2 print:gap-x-6">
          {breakdownNames.map((name) => {
            const cells = breakdowns[name]
            const title = t(`breakdown.${name}`)
            return (
              <div key={name} className="mt-6 break-inside-avoid">
                <h3 id={`b-${name}`} className="text-xl font-bold">
                  {title}
                </h3>
                {cells.length ? (
                  <div className="mt-2 space-y-3">
                    <BarChart
                      rows={cells.map((c) => ({
                        key: c.key,
                        label: labels.of(name, c.key),
                        value: c.activities,
                        display: show(c.activities),
                      }))}
                    />
                    <DataTable
                      id={`t-${name}`}
                      caption={t('caption', { name: title })}
                      columns={[t('category'), t('activities'), t('people')]}
                      rows={cells.map((c) => ({
                        key: c.key,
                        head: labels.of(name, c.key),
                        cells: [show(c.activities), show(c.people)],
                      }))}
                    />
                  </div>
                ) : (
                  <p className="mt-2 text-slate-700">{t('noData')}</p>
                )}
              </div>
            )
          })}
        </div>
      </section>
    </>
  )
}
