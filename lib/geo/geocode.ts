import { frenchDepartment, loadGazetteer, type Country, type Language } from './gazetteer'
import { searchPlaces } from './search'

/**
 * Offline geocoding: a postcode and a municipality become coordinates, from the gazetteer that
 * scripts/geo/build.mjs extracts from open data (data/geo/places.json, see lib/geo/gazetteer.ts).
 * No request leaves the server.
 */
export type { Country }
export { frenchDepartment }
export type Precision = 'submunicipality' | 'municipality' | 'area'
export type GeocodeResult = { longitude: number; latitude: number; precision: Precision; inseeCode?: string }

/**
 * A structure's postcode and municipality (or sub-municipality: "5100 Jambes" is Jambes, not Namur's centre).
 * A name we don't know falls back to the postcode's places, then to the province (Belgium) or department.
 */
export async function geocode(country: Country, postcode: string, city: string): Promise<GeocodeResult | null> {
  const code = postcode.trim()
  if (country === 'FR' ? !/^\d{5}$/.test(code) : !/^\d{4}$/.test(code)) return null
  const gazetteer = await loadGazetteer()
  const [best] = searchPlaces(gazetteer, `${code} ${city}`, 'fr', 1).filter((c) => c.country === country)
  if (best) {
    return {
      longitude: best.longitude,
      latitude: best.latitude,
      precision: best.precision === 'street' ? 'municipality' : best.precision,
      ...(best.country === 'FR' && best.code ? { inseeCode: best.code } : {}),
    }
  }
  if (country === 'FR') {
    const area = gazetteer.data.FR.departments.find(([department]) => department === `FR-${frenchDepartment(code)}`)
    return area ? { longitude: area[2], latitude: area[3], precision: 'area' } : null
  }
  return null
}

/** The Belgian province (ISO 3166-2, Brussels being BE-BRU) of a 4-digit postcode, from bpost's ranges. */
export async function belgianProvinceOf(postcode: string): Promise<string | null> {
  const code = Number(postcode)
  const { data } = await loadGazetteer()
  return data.BE.provinces.find(([from, to]) => code >= from && code <= to)?.[2] ?? null
}

/** The French communes a postcode serves: [name, INSEE code]. */
export async function frenchCommunesOf(postcode: string): Promise<{ name: string; inseeCode: string }[]> {
  const { byPostcode } = await loadGazetteer()
  return (byPostcode.get(postcode) ?? [])
    .filter((place) => place.country === 'FR')
    .map((place) => ({ name: place.names.fr, inseeCode: place.code }))
}

/** French department names by code ("FR-59" → "Nord"), for statistics by department. */
export async function frenchDepartmentNames(): Promise<Map<string, string>> {
  const { data } = await loadGazetteer()
  return new Map(data.FR.departments.map(([code, name]) => [code, name]))
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
 * What a person typed in "près de…": an address, a postcode or a municipality; the best place for it (see
 * searchPlaces for the choices when the name is ambiguous).
 */
export async function locatePlace(
  text: string,
  language: Language = 'fr',
): Promise<(GeocodeResult & { label: string }) | null> {
  const [best] = searchPlaces(await loadGazetteer(), text, language, 1)
  if (!best) return null
  const postcode = text.match(/\b(\d{4,5})\b/)?.[1]
  return {
    longitude: best.longitude,
    latitude: best.latitude,
    precision: best.precision === 'street' ? 'municipality' : best.precision,
    ...(best.country === 'FR' && best.code ? { inseeCode: best.code } : {}),
    label: best.kind === 'area' ? best.name : [postcode, best.name].filter(Boolean).join(' '),
  }
}
