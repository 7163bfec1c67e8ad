import { slugify } from '@/lib/text/slugify'

/**
 * Offline geocoding: a postcode and a municipality become coordinates, from the lookup that
 * scripts/geo/build.mjs extracts from open data (data/geo/places.json). No request leaves the server.
 */
export type Country = 'BE' | 'FR'
export type Precision = 'municipality' | 'area'
export type GeocodeResult = { longitude: number; latitude: number; precision: Precision; inseeCode?: string }

type Places = {
  BE: { places: [string, number, number, number][]; provinces: [number, number, string, string, number, number][] }
  FR: { communes: [string, string, string, number, number][]; departments: [string, string, number, number][] }
}

type Lookup = Places & {
  beByName: Map<string, Places['BE']['places']>
  frByName: Map<string, Places['FR']['communes'][number]>
  frByPostcode: Map<string, Places['FR']['communes']>
}

let places: Promise<Lookup> | undefined
// Loaded on first use, as its own chunk (most requests never geocode), and indexed once: a search is a lookup.
const loadPlaces = () =>
  (places ??= import('@/data/geo/places.json').then(({ default: data }) => index(data as unknown as Places)))

function index(data: Places): Lookup {
  const beByName = new Map<string, Places['BE']['places']>()
  for (const place of data.BE.places) beByName.set(key(place[0]), [...(beByName.get(key(place[0])) ?? []), place])
  const frByName = new Map<string, Places['FR']['communes'][number]>()
  const frByPostcode = new Map<string, Places['FR']['communes']>()
  for (const commune of data.FR.communes) {
    if (!frByName.has(key(commune[0]))) frByName.set(key(commune[0]), commune)
    for (const postcode of commune[2].split('|'))
      frByPostcode.set(postcode, [...(frByPostcode.get(postcode) ?? []), commune])
  }
  return { ...data, beByName, frByName, frByPostcode }
}

const key = (name: string) =>
  slugify(name.replace(/\b(st|ste)\b\.?/gi, (s) => (s.toLowerCase().startsWith('ste') ? 'sainte' : 'saint')))

export async function geocode(country: Country, postcode: string, city: string): Promise<GeocodeResult | null> {
  const data = await loadPlaces()
  return country === 'FR' ? geocodeFr(data, postcode.trim(), key(city)) : geocodeBe(data, postcode.trim(), key(city))
}

function geocodeBe(data: Lookup, postcode: string, city: string): GeocodeResult | null {
  const code = Number(postcode)
  const province = /^\d{4}$/.test(postcode)
    ? data.BE.provinces.find(([from, to]) => code >= from && code <= to)
    : undefined
  const matches = data.beByName.get(city) ?? []
  const [first] = matches
  if (first) {
    // Homonyms exist (two "Hamme"s…): keep the one nearest the province the postcode points to.
    const [, longitude, latitude] = province
      ? matches.reduce((best, place) =>
          distance(place[1], place[2], province[4], province[5]) < distance(best[1], best[2], province[4], province[5])
            ? place
            : best,
        )
      : first
    return { longitude, latitude, precision: 'municipality' }
  }
  return province ? { longitude: province[4], latitude: province[5], precision: 'area' } : null
}

function geocodeFr(data: Lookup, postcode: string, city: string): GeocodeResult | null {
  if (!/^\d{5}$/.test(postcode)) return null
  const candidates = data.frByPostcode.get(postcode) ?? []
  const named = candidates.find(([name]) => key(name) === city) ?? (candidates.length === 1 ? candidates[0] : undefined)
  if (named) return { longitude: named[3], latitude: named[4], precision: 'municipality', inseeCode: named[1] }
  const department = frenchDepartment(postcode)
  const area = data.FR.departments.find(([code]) => code === `FR-${department}`)
  return area ? { longitude: area[2], latitude: area[3], precision: 'area' } : null
}

/** The Belgian province (ISO 3166-2, Brussels being BE-BRU) of a 4-digit postcode, from bpost's ranges. */
export async function belgianProvinceOf(postcode: string): Promise<string | null> {
  const code = Number(postcode)
  const data = await loadPlaces()
  return data.BE.provinces.find(([from, to]) => code >= from && code <= to)?.[2] ?? null
}

/** The French communes a postcode serves: [name, INSEE code]. */
export async function frenchCommunesOf(postcode: string): Promise<{ name: string; inseeCode: string }[]> {
  const data = await loadPlaces()
  return (data.frByPostcode.get(postcode) ?? []).map(([name, inseeCode]) => ({ name, inseeCode }))
}

/** French department names by code ("FR-59" → "Nord"), for statistics by department. */
export async function frenchDepartmentNames(): Promise<Map<string, string>> {
  const data = await loadPlaces()
  return new Map(data.FR.departments.map(([code, name]) => [code, name]))
}

/** The department a French postcode belongs to (Corsica's 20xxx splits into 2A and 2B). */
export function frenchDepartment(postcode: string): string {
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B'
  return postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2)
}

/** Great-circle distance in kilometres. */
export function distance(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2
  return 12742 * Math.asin(Math.sqrt(a))
}

/**
 * What a person typed in "près de…": an address, a postcode or a municipality. A 4-digit postcode is
 * Belgian, a 5-digit one French; without one, the last part of the text is looked up as a municipality.
 */
export async function locatePlace(text: string): Promise<(GeocodeResult & { label: string }) | null> {
  const postcode = text.match(/\b(\d{4,5})\b/)?.[1]
  if (postcode) {
    const after = text
      .slice(text.indexOf(postcode) + postcode.length)
      .replace(/^[\s,]+/, '')
      .trim()
    const city = after || text.slice(0, text.indexOf(postcode)).split(',').pop()?.trim() || ''
    const found = await geocode(postcode.length === 5 ? 'FR' : 'BE', postcode, city)
    return found ? { ...found, label: [postcode, city].filter(Boolean).join(' ') } : null
  }
  const name = text.split(',').pop()?.trim() ?? ''
  if (!name) return null
  const wanted = key(name)
  const data = await loadPlaces()
  const belgian = data.BE.places.filter(([placeName]) => key(placeName) === wanted).sort((a, b) => b[3] - a[3])[0]
  if (belgian) return { longitude: belgian[1], latitude: belgian[2], precision: 'municipality', label: belgian[0] }
  const french = data.frByName.get(wanted)
  return french
    ? { longitude: french[3], latitude: french[4], precision: 'municipality', inseeCode: french[1], label: french[0] }
    : null
}
