import areasData from '@/data/geo/areas.json'

import { frenchDepartment, placeKey, type Country, type Language, type PlacesData } from './gazetteer'

/**
 * Belgian provinces and regions and the French departments of the served territory (data/geo/areas.json):
 * searchable by name, and the structures inside one found by postcode. Pure once indexed.
 */
export type AreaType = 'province' | 'region' | 'department'
export type Area = {
  code: string
  type: AreaType
  country: Country
  label: Record<Language, string>
  /** "dans la province de Hainaut", "in het Waals Gewest": how a sentence says "in" the area. */
  in: Record<Language, string>
  names: string[]
  longitude: number
  latitude: number
  /** Belgium: the provinces (bpost postcode ranges) that make the area; a region lists several. */
  provinces: string[]
}

type AreaSource = (typeof areasData.areas)[number] & { provinces?: string[] }

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

export type AreaIndex = { areas: Map<string, Area>; byKey: Map<string, Area[]> }
const indexed = new WeakMap<PlacesData, AreaIndex>()
/** The areas of a gazetteer's data, indexed once. */
export function areasOf(data: PlacesData): AreaIndex {
  let index = indexed.get(data)
  if (!index) indexed.set(data, (index = indexAreas(data)))
  return index
}

/** The areas with their centres: a province's from the gazetteer, a region's the mean of its provinces'. */
export function indexAreas(data: PlacesData): AreaIndex {
  const provinceCentre = new Map(data.BE.provinces.map(([, , code, lon, lat]) => [code, [lon, lat] as const]))
  const departmentCentre = new Map(data.FR.departments.map(([code, , lon, lat]) => [code, [lon, lat] as const]))
  const areas = new Map<string, Area>()
  const byKey = new Map<string, Area[]>()
  for (const source of areasData.areas as AreaSource[]) {
    const country: Country = source.code.startsWith('FR-') ? 'FR' : 'BE'
    const provinces = country === 'FR' ? [] : (source.provinces ?? [source.code])
    const centres =
      country === 'FR' ? [departmentCentre.get(source.code)] : provinces.map((province) => provinceCentre.get(province))
    if (!centres.length || centres.some((centre) => !centre)) continue
    const area: Area = {
      code: source.code,
      type: source.type as AreaType,
      country,
      label: source.label,
      in: source.in,
      names: source.names,
      longitude: Math.round(mean(centres.map((c) => c![0])) * 1e4) / 1e4,
      latitude: Math.round(mean(centres.map((c) => c![1])) * 1e4) / 1e4,
      provinces,
    }
    areas.set(area.code, area)
    for (const name of area.names) {
      const key = placeKey(name)
      const list = byKey.get(key) ?? []
      if (!list.includes(area)) byKey.set(key, [...list, area])
    }
  }
  return { areas, byKey }
}

// "province de Liège", "provincie Antwerpen", "prov. Namur", "Provinz Lüttich", "région Bruxelles": the area
// only. Keys as placeKey gives them.
const AREA_WORD =
  /^(province|provincie|provinz|prov|region|regio|gewest)((?: (?:de|du|d|van|von|of|la|le|l|het))*) (.+)$/

/** The name typed without its "province de…" and whether such a word asked for an area. */
export function areaWords(key: string): { name: string; areaOnly: boolean } {
  const match = key.match(AREA_WORD)
  return match ? { name: match[3]!, areaOnly: true } : { name: key, areaOnly: false }
}

/** The areas a typed name means: exact names first, else names starting with it ("Brabant" → both). */
export function areasNamed(byKey: Map<string, Area[]>, text: string): { areas: Area[]; areaOnly: boolean } {
  const key = placeKey(text)
  const whole = byKey.get(key)
  // "Région wallonne", "Vlaams Gewest": a full name that carries the word is an area, nothing else.
  if (whole?.length) return { areas: whole, areaOnly: AREA_WORD.test(key) || /\b(gewest|region)\b/.test(key) }
  const { name, areaOnly } = areaWords(key)
  const exact = byKey.get(name)
  if (exact?.length) return { areas: exact, areaOnly }
  if (name.length < 5) return { areas: [], areaOnly }
  const found: Area[] = []
  for (const [areaKey, list] of byKey)
    if (areaKey.startsWith(`${name} `)) for (const area of list) if (!found.includes(area)) found.push(area)
  return { areas: found, areaOnly }
}

/** The Belgian province (ISO 3166-2, Brussels being BE-BRU) of a 4-digit postcode, from bpost's ranges. */
export function provinceOfPostcode(data: PlacesData, postcode: string): string | undefined {
  if (!/^\d{4}$/.test(postcode)) return undefined
  const code = Number(postcode)
  return data.BE.provinces.find(([from, to]) => code >= from && code <= to)?.[2]
}

/** Whether a structure's postcode is inside the area (a Belgian province range, a French department prefix). */
export function inArea(data: PlacesData, area: Area, country: Country, postcode: string): boolean {
  if (country !== area.country) return false
  if (country === 'FR') return /^\d{5}$/.test(postcode) && `FR-${frenchDepartment(postcode)}` === area.code
  const province = provinceOfPostcode(data, postcode)
  return Boolean(province && area.provinces.includes(province))
}
