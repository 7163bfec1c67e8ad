import ExcelJS from 'exceljs'

import type { Locale } from '@/i18n/locales'
import { translator } from '@/lib/i18n/translator'
import { brusselsDay } from '@/lib/time/brussels'

import { breakdownNames, type Statistics } from '@/lib/statistics/compute'
import type { StatisticsFilters } from '@/lib/statistics/filters'
import type { ScopeName } from '@/lib/statistics/viewer'
import { safeCell } from './csv'
import { breakdownLabel, countryLabel, exportWords, labelOf, provinceLabel, regionLabel, vocabularies } from './labels'

export type WorkbookInput = {
  statistics: Statistics
  filters: StatisticsFilters
  ignored: string[]
  scope: ScopeName
  locale: Locale
  now?: Date
}

/** The filters as words, one per line: "Pays : Belgique" (with the space French wants). */
function filterLines(filters: StatisticsFilters, locale: Locale): string[] {
  const t = exportWords(locale)
  const line = (name: string, value: string | number) => t('filterLine', { name, value: String(value) })
  const lines: string[] = []
  if (filters.country) lines.push(line(t('columns.country'), countryLabel(filters.country, locale)))
  if (filters.region) lines.push(line(t('columns.region'), regionLabel(filters.region, locale)))
  if (filters.province) lines.push(line(t('columns.province'), provinceLabel(filters.province, locale)))
  if (filters.municipality) lines.push(line(t('columns.municipality'), filters.municipality))
  if (filters.structure) lines.push(line(t('columns.structure'), filters.structure))
  if (filters.theme) lines.push(line(t('columns.themes'), labelOf(vocabularies.mediationThemes, filters.theme, locale)))
  if (filters.kind) lines.push(line(t('columns.kind'), labelOf(vocabularies.activityKinds, filters.kind, locale)))
  return lines
}

/** The ignored filters by the names the statistics page gives them ("Thème, Type d’activité"), not the URL's. */
function ignoredNames(ignored: string[], locale: Locale): string {
  const names = translator(locale, 'statistics.filters')
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(ignored.map((name) => names(name as 'from')))
}

/**
 * The statistics workbook (issue 17, point 3): a first sheet saying what it covers (period, scope, filters,
 * ignored filters, the small-cell rule), the totals, the twelve months, then one sheet per breakdown. The figures
 * are those of the statistics page (computeStatistics); a hidden group reads "fewer than 5 people". Small (a few
 * hundred cells), so built in memory.
 */
export async function statisticsWorkbook({
  statistics,
  filters,
  ignored,
  scope,
  locale,
  now = new Date(),
}: WorkbookInput) {
  const t = exportWords(locale)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '123Digit'
  const hidden = t('hidden')
  const figure = (value: number | null) => (value === null ? hidden : value)
  const sheet = (name: string, headers: string[], rows: (string | number)[][]) => {
    const ws = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = headers.map((_, i) => ({ width: i === 0 ? 45 : 16 }))
    ws.addRow(headers.map(safeCell)).font = { bold: true }
    for (const row of rows) ws.addRow(row.map(safeCell))
  }

  const filterText = filterLines(filters, locale)
  sheet(
    t('sheets.about'),
    [t('aboutTitle'), ''],
    [
      [t('period'), t('periodValue', { from: filters.from, to: filters.to })],
      [t('scopeLabel'), t(`scopes.${scope}`)],
      [t('filters'), filterText.length ? filterText.join('\n') : t('noFilter')],
      ...(ignored.length ? [[t('filters'), t('ignored', { names: ignoredNames(ignored, locale) })]] : []),
      ...(statistics.suppressed ? [['', t('suppressed')]] : []),
      [t('generated'), brusselsDay(now)],
    ],
  )
  const totals = statistics.totals
  sheet(
    t('sheets.totals'),
    [t('figure'), t('value')],
    (Object.keys(totals) as (keyof typeof totals)[]).map((key) => [t(`totals.${key}`), figure(totals[key])]),
  )
  sheet(
    t('sheets.months'),
    [t('month'), t('activities'), t('people'), t('hours')],
    statistics.months.map((m) => [m.month, figure(m.activities), figure(m.people), figure(m.hours)]),
  )
  for (const name of breakdownNames) {
    sheet(
      t(`breakdowns.${name}`),
      [t('category'), t('activities'), t('people')],
      statistics.breakdowns[name].map((cell) => [
        breakdownLabel(name, cell.key, locale),
        figure(cell.activities),
        figure(cell.people),
      ]),
    )
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
