import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { StatisticsFilters } from '@/lib/statistics/filters'
import type { StatisticsLabels } from '@/lib/statistics/labels'
import { brusselsFormat } from '@/lib/time/brussels'

/**
 * Whose figures, the period and the filters in words, above the figures: what a printed page or a public
 * link is about (the filter form is not printed, and a public link has none).
 */
export async function PeriodAndFilters({
  locale,
  subject,
  filters,
  labels,
  structureName,
}: {
  locale: Locale
  subject: string
  filters: StatisticsFilters
  labels: StatisticsLabels
  /** The name of the structure filter (staff), when there is one. */
  structureName?: string | null
}) {
  const t = await getTranslations({ locale, namespace: 'statistics' })
  const day = brusselsFormat(locale, { dateStyle: 'long' })
  const dayOf = (d: string) => day.format(new Date(`${d}T12:00:00Z`))
  const kind = labels.kinds.find((k) => k.value === filters.kind)?.label
  const theme = labels.themes.find((k) => k.value === filters.theme)?.label
  const criteria: [string, string | undefined][] = [
    [t('filters.country'), filters.country && labels.country(filters.country)],
    [t('filters.region'), filters.region && labels.region(filters.region)],
    [t('filters.province'), filters.province && labels.province(filters.province)],
    [t('filters.municipality'), filters.municipality],
    [t('filters.structure'), filters.structure ? (structureName ?? `#${filters.structure}`) : undefined],
    [t('filters.theme'), theme],
    [t('filters.kind'), kind],
  ]
  const shown = criteria.filter((c): c is [string, string] => Boolean(c[1]))
  return (
    <div className="mt-2 text-lg text-slate-800">
      <p>
        <strong>{subject}</strong> · {t('period', { from: dayOf(filters.from), to: dayOf(filters.to) })}
      </p>
      {shown.length ? (
        <p className="mt-1">
          {t('criteria')}{' '}
          {shown.map(([name, value], i) => (
            <span key={name}>
              {i ? ' · ' : ''}
              {t('criterion', { name })} <strong>{value}</strong>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  )
}
