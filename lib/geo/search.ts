import { areasNamed, areasOf, type Area } from './areas'
import { aliasOf, placeKey, type Country, type Gazetteer, type Language, type Place } from './gazetteer'

/**
 * "Près de…" as people type it: a municipality or sub-municipality in any of its languages, a postcode,
 * "municipality, country", or an address whose street is kept for display while the position falls back to
 * the place named after it; a Belgian province or region or a department of the Hauts-de-France (lib/geo/areas.ts).
 * Pure: the gazetteer is passed in.
 */
export type PlacePrecision = 'street' | 'submunicipality' | 'municipality' | 'area'

export type PlaceCandidate = {
  id: string
  kind: Place['kind'] | 'area'
  country: Country
  /** The name in the page's language. */
  name: string
  /** Country and province/department, in the page's language: "Belgique, Anvers". */
  context: string
  postcodes: string[]
  longitude: number
  latitude: number
  street?: string
  precision: PlacePrecision
  /** INSEE code of a French commune, NIS code of a Belgian municipality. */
  code?: string
  /** A province, region or department searched as such: its structures are those inside it (lib/geo/areas). */
  within?: string
}

const COUNTRY_WORDS: Record<string, Country> = {
  france: 'FR',
  frankrijk: 'FR',
  frankreich: 'FR',
  fr: 'FR',
  belgique: 'BE',
  belgie: 'BE',
  belgium: 'BE',
  belgien: 'BE',
  be: 'BE',
}
const COUNTRY_NAMES: Record<Language, Record<Country, string>> = {
  fr: { BE: 'Belgique', FR: 'France' },
  nl: { BE: 'België', FR: 'Frankrijk' },
}
const LOCALE_COUNTRY: Record<Language, Country> = { fr: 'FR', nl: 'BE' }
const MAX_NAME_WORDS = 6

/**
 * Ranking, decided for issue 19 (docs/adr/0025-gazetteer.md): the territory the site serves (Belgium and the
 * Hauts-de-France) first; then the country of the page's language (French pages → France, Dutch → Belgium);
 * then the larger place.
 */
export function rankPlaces(places: Place[], language: Language): Place[] {
  const home = LOCALE_COUNTRY[language]
  return [...places].sort(
    (a, b) =>
      Number(b.inTerritory) - Number(a.inTerritory) ||
      Number(b.country === home) - Number(a.country === home) ||
      b.population - a.population ||
      a.id.localeCompare(b.id),
  )
}

export function placeName(place: Place, language: Language): string {
  return place.names[language] || place.names.fr
}

function toCandidate(gazetteer: Gazetteer, place: Place, language: Language, street?: string): PlaceCandidate {
  const area = gazetteer.areaNames.get(place.area)?.[language]
  const parent = place.kind === 'submunicipality' ? gazetteer.byId.get(`BE-${place.code}`) : undefined
  return {
    id: place.id,
    kind: place.kind,
    country: place.country,
    name: placeName(place, language),
    context: [COUNTRY_NAMES[language][place.country], parent ? placeName(parent, language) : area]
      .filter(Boolean)
      .join(', '),
    postcodes: place.postcodes,
    longitude: place.longitude,
    latitude: place.latitude,
    ...(street ? { street } : {}),
    // A section without a position of its own is where its municipality is: say so.
    precision: place.roughly
      ? 'area'
      : place.kind === 'submunicipality' && !place.atMunicipalityCentre
        ? 'submunicipality'
        : 'municipality',
    code: place.code,
  }
}

/** "Lille (France, Nord)": how a candidate is offered when a name is ambiguous. */
export const candidateLabel = (candidate: PlaceCandidate) => `${candidate.name} (${candidate.context})`

// The places whose name is exactly the key (an alias counts), or failing that whose name starts with it.
function byName(gazetteer: Gazetteer, key: string, prefix: boolean): Place[] {
  const exact = gazetteer.byKey.get(aliasOf(key)) ?? []
  if (exact.length || !prefix || key.length < 4) return exact
  const found: Place[] = []
  for (const [name, places] of gazetteer.byKey) {
    if (name.startsWith(`${key} `)) for (const place of places) if (!found.includes(place)) found.push(place)
  }
  return found
}

// The longest run of last words that names a place: "Kerkstraat 1 Wilrijk" → Wilrijk, street "Kerkstraat 1".
function trailingPlace(gazetteer: Gazetteer, words: string[]): { places: Place[]; rest: string[] } {
  for (let start = Math.max(0, words.length - MAX_NAME_WORDS); start < words.length; start++) {
    const key = placeKey(words.slice(start).join(' '))
    if (!key || /^\d+$/.test(key)) continue
    const places = byName(gazetteer, key, start === 0)
    if (places.length) return { places, rest: words.slice(0, start) }
  }
  return { places: [], rest: words }
}

const cleanStreet = (words: string[]) =>
  words
    .join(' ')
    .replace(/[\s,]+$/, '')
    .trim()

/**
 * The places a text may mean, best first (see rankPlaces). An exact "municipality, country" or a postcode
 * with its name gives one place; an ambiguous name gives several.
 */
export function searchPlaces(gazetteer: Gazetteer, text: string, language: Language, limit = 5): PlaceCandidate[] {
  let parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  // "Lille, France", "Hamme (België)": a country named at the end narrows the search.
  let country: Country | undefined
  const last = placeKey(parts.at(-1) ?? '')
  if (parts.length > 1 && COUNTRY_WORDS[last]) {
    country = COUNTRY_WORDS[last]
    parts = parts.slice(0, -1)
  }
  let joined = parts.join(', ').replace(/\(([^)]*)\)/g, (_, inner: string) => {
    const word = COUNTRY_WORDS[placeKey(inner)]
    if (word) country = word
    return word ? '' : ` ${inner} `
  })
  const postcode = joined.match(/\b(\d{4,5})\b/)?.[1]
  if (postcode) country ??= postcode.length === 5 ? 'FR' : 'BE'
  const inCountry = (places: Place[]) => (country ? places.filter((p) => p.country === country) : places)

  if (postcode) {
    const before = joined.slice(0, joined.indexOf(postcode))
    const after = joined.slice(joined.indexOf(postcode) + postcode.length).replace(/^[\s,]+/, '')
    const withCode = inCountry(gazetteer.byPostcode.get(postcode) ?? [])
    // The name after the postcode ("5100 Jambes"), or before it ("Lille 59000", "Rue de Fer 25, Namur 5000").
    const afterName = after ? trailingPlace(gazetteer, after.split(/\s+/)) : null
    const beforeParts = before.replace(/[\s,]+$/, '').split(',')
    const beforeName = trailingPlace(gazetteer, (beforeParts.at(-1) ?? '').trim().split(/\s+/).filter(Boolean))
    const named = afterName?.places.length ? afterName : beforeName
    const street = cleanStreet(
      afterName?.places.length ? before.split(/\s+/) : [...beforeParts.slice(0, -1), ...beforeName.rest],
    )
    const both = withCode.filter((place) => named.places.includes(place))
    // A section and its municipality share the postcode: the section named is the better answer.
    const chosen = both.length
      ? both
      : inCountry(named.places).length && !withCode.length
        ? inCountry(named.places)
        : withCode
    if (chosen.length) {
      return rankPlaces(chosen, language)
        .slice(0, limit)
        .map((place) => toCandidate(gazetteer, place, language, street || undefined))
    }
    return country === 'BE' ? provinceArea(gazetteer, postcode, language, street) : []
  }

  // No postcode: the place is the last part, the street any part before it ("Rue de Fer 25, Namur").
  const lastPart = parts.at(-1) ?? ''
  joined = lastPart
  // A province, region or department: alone when asked as such ("province de Namur") or when no municipality
  // has the name ("Hainaut"); after the municipality of the same name otherwise ("Namur"), offered as a choice.
  const named = parts.length === 1 ? areasNamed(areasOf(gazetteer.data).byKey, lastPart) : null
  const areas = (named?.areas ?? []).filter((area) => !country || area.country === country)
  const areaCandidates = areas.map((area) => areaCandidate(area, language))
  if (named?.areaOnly && areas.length) return areaCandidates.slice(0, limit)
  const { places, rest } = trailingPlace(gazetteer, joined.split(/\s+/).filter(Boolean))
  const found = inCountry(places)
  const street = cleanStreet([...parts.slice(0, -1), ...rest])
  const candidates = rankPlaces(found, language).map((place) =>
    toCandidate(gazetteer, place, language, street || undefined),
  )
  // With no place of the name, the words were no street: the name is the area's ("Hainaut", "Wallonie").
  if (!candidates.length) return areaCandidates.slice(0, limit)
  if (street || !areaCandidates.length) return candidates.slice(0, limit)
  // Only places whose name starts with the area's ("Somme" → Somme-Leuze), or none of ours ("Brabant" →
  // communes of the Meuse): the area first.
  const placeNamed = gazetteer.byKey.has(aliasOf(placeKey(lastPart)))
  if (!placeNamed || !found.some((place) => place.inTerritory))
    return [...areaCandidates, ...candidates].slice(0, limit)
  const kept = candidates.slice(0, Math.max(1, limit - areaCandidates.length))
  return [...kept, ...areaCandidates].slice(0, limit)
}

function areaCandidate(area: Area, language: Language): PlaceCandidate {
  return {
    id: area.code,
    kind: 'area',
    country: area.country,
    name: area.label[language],
    context: COUNTRY_NAMES[language][area.country],
    postcodes: [],
    longitude: area.longitude,
    latitude: area.latitude,
    precision: 'area',
    within: area.code,
  }
}

// A Belgian postcode we have no place for still tells the province (bpost allocates them by range).
function provinceArea(gazetteer: Gazetteer, postcode: string, language: Language, street: string): PlaceCandidate[] {
  const code = Number(postcode)
  const province = gazetteer.data.BE.provinces.find(([from, to]) => code >= from && code <= to)
  if (!province) return []
  const [, , area, longitude, latitude] = province
  const name = gazetteer.areaNames.get(area)?.[language] ?? area
  return [
    {
      id: area,
      kind: 'area',
      country: 'BE',
      name: `${postcode} ${name}`,
      context: COUNTRY_NAMES[language].BE,
      postcodes: [postcode],
      longitude,
      latitude,
      ...(street ? { street } : {}),
      precision: 'area',
    },
  ]
}

/**
 * The name of a municipality in the page's language, for a city stored as typed ("1000 Bruxelles" shows
 * "1000 Brussel" on Dutch pages). Unknown places are returned unchanged.
 */
export function localizedCityName(gazetteer: Gazetteer, postcode: string, city: string, language: Language): string {
  const key = aliasOf(placeKey(city))
  const candidates = gazetteer.byKey.get(key) ?? []
  const place =
    candidates.find((p) => p.country === 'BE' && p.postcodes.includes(postcode)) ??
    (candidates.length === 1 && candidates[0]!.country === 'BE' ? candidates[0] : undefined)
  return place ? placeName(place, language) : city
}
