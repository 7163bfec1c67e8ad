import type { RawSearchParams } from '@/lib/catalogue/filters'
import type { Query } from '@/i18n/pathnames'
import { structureOptions } from '@/lib/structures/options'
import type { Service } from './needs'
import { oneLine } from '@/lib/text/oneLine'

export const timesOfDay = ['morning', 'afternoon', 'evening'] as const
export type TimeOfDay = (typeof timesOfDay)[number]
export type Day = (typeof structureOptions.days)[number]
export type Accessibility = (typeof structureOptions.accessibility)[number]

/**
 * What the person asked, as it lives in the URL: the wizard is a GET form and the sheet is printed from the
 * same query, so nothing about the person is stored (an aidant can print it for someone they refer).
 */
export type Criteria = {
  needs: Service[]
  near: string
  days: Day[]
  times: TimeOfDay[]
  access: Accessibility[]
  /** Structures picked for the sheet (ids), in the order shown; empty means the nearest three. */
  picked: number[]
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','))
}

const only = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  allowed.filter((v) => values.includes(v))

/** Reads the wizard's query. Unknown values are dropped, never an error: the page always renders. Pure. */
export function parseCriteria(params: RawSearchParams): Criteria {
  const picked = all(params.s)
    .map((v) => Number.parseInt(v, 10))
    .filter((n, i, list) => Number.isSafeInteger(n) && n > 0 && list.indexOf(n) === i)
    .slice(0, 3)
  return {
    needs: only(structureOptions.services, all(params.need)),
    // A place may hold commas ("Rue de Fer 25, Namur"): the first value as typed.
    near: oneLine([params.near ?? ''].flat()[0] ?? '').slice(0, 100),
    days: only(structureOptions.days, all(params.day)),
    times: only(timesOfDay, all(params.time)),
    access: only(structureOptions.accessibility, all(params.access)),
    picked,
  }
}

/** The query string of a set of criteria (empty values left out), for links and the sheet. Pure. */
export function criteriaQuery(criteria: Partial<Criteria>): Query {
  const query: Query = {}
  if (criteria.needs?.length) query.need = criteria.needs
  if (criteria.near) query.near = criteria.near
  if (criteria.days?.length) query.day = criteria.days
  if (criteria.times?.length) query.time = criteria.times
  if (criteria.access?.length) query.access = criteria.access
  if (criteria.picked?.length) query.s = criteria.picked.map(String)
  return query
}
