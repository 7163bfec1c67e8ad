import type { ActivityRow } from './rows'
import { belowStructure, type StatisticsFilters } from './filters'

/** Whose figures: an aidant's own, a structure's (its référents), or the whole platform (staff). */
export type Scope = { kind: 'aidant'; aidant: number } | { kind: 'structure'; structure: number } | { kind: 'platform' }

/** Fewer people than this in a group and its figures are not shown (small-cell suppression). */
export const smallCell = 5

export type Cell = { key: string; activities: number | null; people: number | null }
export type MonthCell = {
  month: string
  activities: number | null
  people: number | null
  hours: number | null
  minutes: number | null
}

export const breakdownNames = [
  'theme',
  'procedure',
  'device',
  'place',
  'kind',
  'ageBand',
  'gender',
  'situation',
  'autonomy',
  'province',
] as const
export type BreakdownName = (typeof breakdownNames)[number]

export type Statistics = {
  totals: {
    activities: number | null
    individual: number | null
    collective: number | null
    people: number | null
    hours: number | null
    newPeople: number | null
    returningPeople: number | null
    anonymous: number | null
    referred: number | null
  }
  months: MonthCell[]
  breakdowns: Record<BreakdownName, Cell[]>
  /** Whether groups of fewer than `smallCell` people were hidden. */
  suppressed: boolean
}

/** Person attributes: their breakdowns always hide small groups, except for an aidant's own figures. */
const personal: BreakdownName[] = ['ageBand', 'gender', 'situation']

const inScope = (scope: Scope) => (row: ActivityRow) =>
  scope.kind === 'platform' ||
  (scope.kind === 'aidant' ? row.aidant === scope.aidant : row.structure === scope.structure)

export function matches(row: ActivityRow, f: StatisticsFilters): boolean {
  return (
    row.day >= f.from &&
    row.day <= f.to &&
    (!f.country || row.country === f.country) &&
    (!f.region || row.region === f.region) &&
    (!f.province || row.province === f.province) &&
    (!f.municipality || row.municipality === f.municipality) &&
    (!f.structure || row.structure === f.structure) &&
    (!f.theme || row.themes.includes(f.theme)) &&
    (!f.kind || row.kind === f.kind)
  )
}

/** The rows of a scope that the filters keep. */
export function selectRows(rows: readonly ActivityRow[], scope: Scope, filters: StatisticsFilters): ActivityRow[] {
  const keep = inScope(scope)
  const out: ActivityRow[] = []
  for (const row of rows) if (keep(row) && matches(row, filters)) out.push(row)
  return out
}

/** Counts people: each known person once, each anonymous one-to-one activity as one, a workshop as its participants. */
class Group {
  activities = 0
  minutes = 0
  private known = new Set<string>()
  private others = 0
  add(row: ActivityRow) {
    this.activities += 1
    this.minutes += row.minutes
    if (row.person) this.known.add(row.person)
    else this.others += row.people
  }
  get people() {
    return this.known.size + this.others
  }
}

export type StatisticsOptions = { scope: Scope; filters: StatisticsFilters; forcePrivacy?: boolean }

/**
 * The figures of one statistics page: totals, twelve months up to the end of the period, breakdowns. Groups of
 * fewer than five people are hidden (null) when the figures go below a structure (a theme, a kind, a
 * municipality), always for a person's age, gender and situation, and everywhere on a public link or the API
 * (`forcePrivacy`); never on an aidant's own figures, which are about people they met.
 */
export function computeStatistics(
  rows: readonly ActivityRow[],
  { scope, filters, forcePrivacy = false }: StatisticsOptions,
): Statistics {
  // One pass over the rows: the period's rows, and the twelve months ending with the period's last month,
  // whatever its first day.
  const months = twelveMonths(filters.to)
  const inMonths = new Set(months)
  const keep = inScope(scope)
  const periodless = { ...filters, from: '0000', to: '9999' }
  const selected: ActivityRow[] = []
  const monthRows: ActivityRow[] = []
  for (const row of rows) {
    if (!keep(row)) continue
    if (inMonths.has(row.day.slice(0, 7)) && matches(row, periodless)) monthRows.push(row)
    if (matches(row, filters)) selected.push(row)
  }
  const own = scope.kind === 'aidant' && !forcePrivacy
  const hideAll = !own && (forcePrivacy || belowStructure(filters))
  let suppressed = false
  const hide = (people: number, always = false) => {
    const hidden = !own && (hideAll || always) && people > 0 && people < smallCell
    if (hidden) suppressed = true
    return hidden
  }

  const all = new Group()
  const individual = new Group()
  const collective = new Group()
  const newcomers = new Group()
  const returning = new Group()
  const anonymous = new Group()
  const referred = new Group()
  const byMonth = new Map<string, Group>()
  const groups = Object.fromEntries(breakdownNames.map((n) => [n, new Map<string, Group>()])) as Record<
    BreakdownName,
    Map<string, Group>
  >
  const into = (name: BreakdownName, key: string, row: ActivityRow) => {
    if (!key) return
    const map = groups[name]
    const g = map.get(key) ?? new Group()
    g.add(row)
    map.set(key, g)
  }

  for (const row of selected) {
    all.add(row)
    ;(row.kind === 'collective' ? collective : individual).add(row)
    if (row.firstTime === 'yes') newcomers.add(row)
    if (row.firstTime === 'no') returning.add(row)
    if (row.kind === 'individual' && !row.person) anonymous.add(row)
    if (row.referred) referred.add(row)
    for (const theme of row.themes) into('theme', theme, row)
    for (const procedure of row.procedures) into('procedure', procedure, row)
    for (const device of row.devices) into('device', device, row)
    into('place', row.place, row)
    into('kind', row.kind, row)
    into('ageBand', row.ageBand, row)
    into('gender', row.gender, row)
    into('situation', row.situation, row)
    into('autonomy', row.autonomy, row)
    into('province', row.province, row)
  }
  // Each activity in the month it happened in Brussels.
  for (const row of monthRows) {
    const month = row.day.slice(0, 7)
    const g = byMonth.get(month) ?? new Group()
    g.add(row)
    byMonth.set(month, g)
  }

  const count = (g: Group, always = false) => (hide(g.people, always) ? null : g.activities)
  const people = (g: Group, always = false) => (hide(g.people, always) ? null : g.people)
  const hours = (g: Group) => (hide(g.people) ? null : Math.round(g.minutes / 6) / 10)
  return {
    totals: {
      activities: count(all),
      individual: count(individual),
      collective: count(collective),
      people: people(all),
      hours: hours(all),
      newPeople: people(newcomers),
      returningPeople: people(returning),
      anonymous: count(anonymous),
      referred: count(referred),
    },
    months: months.map((month) => {
      // A public link or the API shows no month before its period: its figures were not shared.
      const g = forcePrivacy && month < filters.from.slice(0, 7) ? new Group() : (byMonth.get(month) ?? new Group())
      return {
        month,
        activities: count(g),
        people: people(g),
        hours: hours(g),
        minutes: hide(g.people) ? null : g.minutes,
      }
    }),
    breakdowns: Object.fromEntries(
      breakdownNames.map((name) => {
        const always = personal.includes(name)
        const cells = [...groups[name].entries()]
          .sort(([, a], [, b]) => b.activities - a.activities)
          .map(([key, g]) => ({ key, activities: count(g, always), people: people(g, always) }))
        return [name, cells]
      }),
    ) as Record<BreakdownName, Cell[]>,
    suppressed,
  }
}

/** "2026-12-31" → the twelve months "2026-01" … "2026-12", oldest first. */
export function twelveMonths(to: string): string[] {
  const [year = 0, month = 1] = to.split('-').map(Number)
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 12 + i, 1))
    return d.toISOString().slice(0, 7)
  })
}
