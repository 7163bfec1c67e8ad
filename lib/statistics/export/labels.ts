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
  levels,
  mediationThemes,
  places,
  referralTargets,
  situations,
  type Vocabulary,
} from '@/lib/accompaniments/vocabulary'

import type { BreakdownName } from '@/lib/statistics/compute'

/** The value's label in a language; an unknown value (an option since removed) stays as it is. */
export function labelOf(list: Vocabulary, value: string | null | undefined, locale: Locale): string {
  if (!value) return ''
  return list.find((o) => o.value === value)?.label[locale] ?? value
}

/** A province (ISO 3166-2, BE-WNA) by its name; a French department keeps its code (FR-59). */
export const provinceLabel = (code: string, locale: Locale) => (code ? (belgianProvinces[code]?.[locale] ?? code) : '')
export const regionLabel = (code: string, locale: Locale) => (code ? (regions[code]?.[locale] ?? code) : '')
export const countryLabel = (code: string, locale: Locale) => labelOf(countries, code, locale)

/** The words of each breakdown's keys, for the workbook's sheets. */
export const breakdownVocabulary: Record<BreakdownName, (key: string, locale: Locale) => string> = {
  theme: (k, l) => labelOf(mediationThemes, k, l),
  procedure: (k, l) => labelOf(administrativeThemes, k, l),
  device: (k, l) => labelOf(devices, k, l),
  place: (k, l) => labelOf(places, k, l),
  kind: (k, l) => labelOf(activityKinds, k, l),
  ageBand: (k, l) => labelOf(ageBands, k, l),
  gender: (k, l) => labelOf(genders, k, l),
  situation: (k, l) => labelOf(situations, k, l),
  autonomy: (k, l) => labelOf(autonomyLevels, k, l),
  province: provinceLabel,
}

export const vocabularies = {
  activityKinds,
  administrativeThemes,
  ageBands,
  autonomyLevels,
  devices,
  genders,
  levels,
  mediationThemes,
  places,
  referralTargets,
  situations,
}

/** The export's words in a language (messages `statisticsAccess.export`). */
export const exportWords = (locale: Locale) => translator(locale, 'statisticsAccess.export')
export type ExportWords = ReturnType<typeof exportWords>
