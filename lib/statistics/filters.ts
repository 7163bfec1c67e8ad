import { isIn, activityKinds, countries, mediationThemes } from '@/lib/accompaniments/vocabulary'
import { regions } from '@/lib/accompaniments/territory'
import { isDay } from '@/lib/workshops/validation'
import { addDays, brusselsDay, type Day } from '@/lib/time/brussels'

/**
 * What a statistics page, an export, the API or a public link is narrowed to. Read from a query string; a
 * value that is not one we know is dropped and named in `ignored`, so the page says so instead of failing.
 */
export type StatisticsFilters = {
  /** First and last Brussels day, both included. Default: the twelve months up to today. */
  from: Day
  to: Day
  country?: string
  region?: string
  /** An ISO 3166-2 province (BE-WNA) or French department (FR-59). */
  province?: string
  /** A Belgian postcode or a French INSEE code. */
  municipality?: string
  structure?: number
  theme?: string
  kind?: string
}

export const filterNames = [
  'from',
  'to',
  'country',
  'region',
  'province',
  'municipality',
  'structure',
  'theme',
  'kind',
] as const
type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
/** The longest period one request may ask for: ten years. */
const maxDays = 3_660

export function parseFilters(params: Params, now = new Date()): { filters: StatisticsFilters; ignored: string[] } {
  const ignored: string[] = []
  const today = brusselsDay(now)
  const read = (name: (typeof filterNames)[number], ok: (v: string) => boolean): string | undefined => {
    const value = first(params[name])
    if (!value) return undefined
    if (ok(value) && value.length <= 40) return value
    ignored.push(name)
    return undefined
  }
  let to = read('to', isDay) ?? today
  let from = read('from', isDay) ?? firstOfMonthYearBefore(to)
  if (from > to) {
    ignored.push('from')
    from = firstOfMonthYearBefore(to)
  }
  if (from < addDays(to, -maxDays)) {
    ignored.push('from')
    from = addDays(to, -maxDays)
  }
  if (to > addDays(today, 366)) {
    ignored.push('to')
    to = today
  }
  const structure = read('structure', (v) => /^\d{1,9}$/.test(v))
  const filters: StatisticsFilters = {
    from,
    to,
    country: read('country', (v) => isIn(countries, v)),
    region: read('region', (v) => v in regions),
    province: read('province', (v) => /^(BE-[A-Z]{3}|FR-(\d{2,3}|2A|2B))$/.test(v)),
    municipality: read('municipality', (v) => /^(\d{4}|\d{5}|\d[\dAB]\d{3})$/.test(v)),
    structure: structure ? Number(structure) : undefined,
    theme: read('theme', (v) => isIn(mediationThemes, v)),
    kind: read('kind', (v) => isIn(activityKinds, v)),
  }
  return {
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as StatisticsFilters,
    ignored: [...new Set(ignored)],
  }
}

/** The filters as a query string's entries, to link to the same figures (page, export, public link). */
export function filtersQuery(filters: StatisticsFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  )
}

/** The first day of the month, twelve months back: "2026-12-02" → "2025-12-01" (12 whole months with this one). */
function firstOfMonthYearBefore(day: Day): Day {
  const [year = 0, month = 1] = day.split('-').map(Number)
  const d = new Date(Date.UTC(year, month - 1 - 11, 1))
  return d.toISOString().slice(0, 10)
}

/** Whether the filters narrow the figures below a structure (a theme, a kind, a municipality). */
export const belowStructure = (f: StatisticsFilters) => Boolean(f.theme || f.kind || f.municipality)
