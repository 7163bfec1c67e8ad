import type { Locale } from '@/i18n/locales'
import {
  activityKinds,
  administrativeThemes,
  ageBands,
  autonomyLevels,
  countries,
  devices,
  genders,
  labelOf,
  mediationThemes,
  places,
  situations,
  type Vocabulary,
} from '@/lib/accompaniments/vocabulary'
import { belgianProvinces, provinceName, regions } from '@/lib/accompaniments/territory'
import { frenchDepartmentNames } from '@/lib/geo/geocode'

import type { BreakdownName } from './compute'

/** The vocabulary each breakdown's keys come from (the province's come from the gazetteer). */
export const breakdownVocabulary: Record<Exclude<BreakdownName, 'province'>, Vocabulary> = {
  theme: mediationThemes,
  procedure: administrativeThemes,
  device: devices,
  place: places,
  kind: activityKinds,
  ageBand: ageBands,
  gender: genders,
  situation: situations,
  autonomy: autonomyLevels,
}

export type Option = { value: string; label: string }
const optionsOf = (list: Vocabulary, locale: Locale): Option[] =>
  list.map((o) => ({ value: o.value, label: o.label[locale] }))

/** Names for every key shown on a statistics page, in one language. */
export type StatisticsLabels = {
  of: (name: BreakdownName, key: string) => string
  countries: Option[]
  regions: Option[]
  /** Belgian provinces, then French departments. */
  provinces: { belgium: Option[]; france: Option[] }
  themes: Option[]
  kinds: Option[]
  /** A province or department's name from its code. */
  province: (code: string) => string
  region: (code: string) => string
  country: (code: string) => string
}

export async function statisticsLabels(locale: Locale): Promise<StatisticsLabels> {
  const departments = await frenchDepartmentNames()
  const province = (code: string) => provinceName(code, locale, departments)
  return {
    of: (name, key) => (name === 'province' ? province(key) : labelOf(breakdownVocabulary[name], key, locale)),
    countries: optionsOf(countries, locale),
    regions: Object.entries(regions).map(([value, label]) => ({ value, label: label[locale] })),
    provinces: {
      belgium: Object.entries(belgianProvinces).map(([value, label]) => ({ value, label: label[locale] })),
      france: [...departments].map(([value, name]) => ({ value, label: `${value.slice(3)} ${name}` })),
    },
    themes: optionsOf(mediationThemes, locale),
    kinds: optionsOf(activityKinds, locale),
    province,
    region: (code) => regions[code]?.[locale] ?? code,
    country: (code) => labelOf(countries, code, locale),
  }
}

/** "1 234,5" in Belgian French or Dutch. */
export const numberFormat = (locale: Locale) => new Intl.NumberFormat(`${locale}-BE`, { maximumFractionDigits: 1 })
