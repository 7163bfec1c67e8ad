import type { Locale } from '@/i18n/locales'
import { translator } from '@/lib/i18n/translator'
import { belgianProvinces, regions } from '@/lib/accompaniments/territory'
import {
  activityKinds,
  administrativeThemes,
  ageBands,
  autonomyLevels,
  countries,
  devices,
  genders,
  labelOf,
  levels,
  mediationThemes,
  places,
  referralTargets,
  situations,
} from '@/lib/accompaniments/vocabulary'

import type { BreakdownName } from '@/lib/statistics/compute'
import { breakdownVocabulary } from '@/lib/statistics/labels'

export { labelOf }

/** A province (ISO 3166-2, BE-WNA) by its name; a French department keeps its code (FR-59). */
export const provinceLabel = (code: string, locale: Locale) => (code ? (belgianProvinces[code]?.[locale] ?? code) : '')
export const regionLabel = (code: string, locale: Locale) => (code ? (regions[code]?.[locale] ?? code) : '')
export const countryLabel = (code: string, locale: Locale) => labelOf(countries, code, locale)

/** The words of a breakdown's key, for the workbook's sheets (the same vocabularies as the pages). */
export const breakdownLabel = (name: BreakdownName, key: string, locale: Locale) =>
  name === 'province' ? provinceLabel(key, locale) : labelOf(breakdownVocabulary[name], key, locale)

export const vocabularies = {
  activityKinds,
  administrativeThemes,
  ageBands,
  autonomyLevels,
  devices,
  genders,
  labelOf,
  levels,
  mediationThemes,
  places,
  referralTargets,
  situations,
}

/** The export's words in a language (messages `statisticsAccess.export`). */
export const exportWords = (locale: Locale) => translator(locale, 'statisticsAccess.export')
export type ExportWords = ReturnType<typeof exportWords>
