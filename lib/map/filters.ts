import type { RawSearchParams } from '@/lib/catalogue/filters'
import { structureOptions } from '@/lib/structures/options'
import { oneLine } from '@/lib/text/oneLine'

/** The map's search, as it lives in the URL (shareable, works without JavaScript). Pure: unit-tested. */
export type MapFilters = {
  q: string
  near: string
  /** The place chosen among homonyms ("Lille" in France or in Belgium): a gazetteer id, see lib/geo/search.ts. */
  place: string
  audiences: string[]
  services: string[]
  modes: string[]
  fees: string[]
  openNow: boolean
  page: number
}

/** URL parameter → option group. Audiences cover both "publics" and "accueil adapté". */
const groups = {
  audience: [...structureOptions.audiences, ...structureOptions.specificSupport],
  service: structureOptions.services,
  mode: structureOptions.accompanimentModes,
  fee: structureOptions.fees,
} as const

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','))
}

// A text keeps its commas: "Rue de Fer 25, Namur" is one address.
const text = (value: string | string[] | undefined) =>
  oneLine((Array.isArray(value) ? value[0] : value) ?? '').slice(0, 100)

/** Malformed values are dropped, never an error: the map always renders. */
export function parseMapFilters(params: RawSearchParams): MapFilters {
  const pick = (name: keyof typeof groups) =>
    (groups[name] as readonly string[]).filter((v) => all(params[name]).includes(v))
  const page = Number.parseInt(all(params.page)[0] ?? '1', 10)
  return {
    q: text(params.q),
    near: text(params.near),
    place: /^(BE|FR)-[a-z0-9-]{2,60}$/i.test(text(params.place)) ? text(params.place) : '',
    audiences: pick('audience'),
    services: pick('service'),
    modes: pick('mode'),
    fees: pick('fee'),
    openNow: all(params.open).includes('1'),
    page: Number.isFinite(page) && page >= 1 && page <= 1000 ? page : 1,
  }
}

/** The query string for a set of filters (page 1 and empty values are implicit). */
export function mapQuery(filters: Partial<MapFilters>): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  if (filters.q) query.q = filters.q
  if (filters.near) query.near = filters.near
  if (filters.near && filters.place) query.place = filters.place
  if (filters.audiences?.length) query.audience = filters.audiences
  if (filters.services?.length) query.service = filters.services
  if (filters.modes?.length) query.mode = filters.modes
  if (filters.fees?.length) query.fee = filters.fees
  if (filters.openNow) query.open = '1'
  if (filters.page && filters.page > 1) query.page = String(filters.page)
  return query
}

export function isFiltered(filters: MapFilters): boolean {
  return Boolean(
    filters.q ||
      filters.near ||
      filters.openNow ||
      filters.audiences.length ||
      filters.services.length ||
      filters.modes.length ||
      filters.fees.length,
  )
}
