/**
 * The gazetteer built by scripts/geo/build.mjs (data/geo/places.json), indexed for search: every Belgian
 * municipality and its sub-municipalities (every postal sub-locality), in French, Dutch and German, and every French commune.
 * Pure functions on the data; `loadGazetteer` reads and indexes it once, on first use.
 */
export type Country = 'BE' | 'FR'
export type Language = 'fr' | 'nl'
export type PlaceKind = 'municipality' | 'submunicipality'

export type Place = {
  id: string
  kind: PlaceKind
  country: Country
  /** NIS code (Belgium) or INSEE code (France) of the municipality. */
  code: string
  names: { fr: string; nl: string; de?: string }
  postcodes: string[]
  longitude: number
  latitude: number
  population: number
  /** Province (Belgium, ISO 3166-2) or department (France, "FR-59"). */
  area: string
  /** Belgium and the Hauts-de-France: the territory the site serves. */
  inTerritory: boolean
  /** A French commune placed at its department's centre: only the area is known. */
  roughly: boolean
  /** A sub-municipality placed at its municipality's centre (no position of its own in our sources). */
  atMunicipalityCentre?: true
}

export type PlacesData = {
  BE: {
    provinces: [number, number, string, number, number][]
    provinceNames: Record<string, [string, string, string]>
    municipalities: [string, string, string, string, string, number, number, number][]
    /** NIS code, French and Dutch names, postcodes, position, 1 when at the municipality's centre, German name. */
    sections: [string, string, string, string, number, number, number, string?][]
  }
  FR: {
    communes: [string, string, string, number, number, number, number][]
    departments: [string, string, number, number, string][]
  }
}

export type Gazetteer = {
  data: PlacesData
  places: Place[]
  byId: Map<string, Place>
  byKey: Map<string, Place[]>
  byPostcode: Map<string, Place[]>
  areaNames: Map<string, { fr: string; nl: string }>
}

const HAUTS_DE_FRANCE = '32'

/**
 * The form of a name we compare: no accents, lower case, words split on anything else, and the saints
 * folded ("Saint-Gilles", "St-Gilles", "Sint-Gillis", "Sankt Vith" → "st …") so abbreviations match.
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(saint|sainte|sint|sankt|ste|st)\b/g, 'st')
}

// Spellings people use that are no official name of the place (keys on both sides).
const ALIASES: Record<string, string> = {
  bxl: 'bruxelles',
  brussels: 'bruxelles',
  'bruxelles ville': 'bruxelles',
  'brussel stad': 'bruxelles',
  antwerp: 'anvers',
  ghent: 'gand',
  lln: 'louvain la neuve',
  molenbeek: 'molenbeek st jean',
  'st josse': 'st josse ten noode',
  'st joost': 'st joost ten node',
}
export const aliasOf = (key: string) => ALIASES[key] ?? key

export function indexGazetteer(data: PlacesData): Gazetteer {
  const places: Place[] = []
  const municipalities = new Map<string, Place>()
  for (const [nis, fr, nl, de, postcodes, longitude, latitude, population] of data.BE.municipalities) {
    const place: Place = {
      id: `BE-${nis}`,
      kind: 'municipality',
      country: 'BE',
      code: nis,
      names: { fr, nl, ...(de ? { de } : {}) },
      postcodes: postcodes ? postcodes.split('|') : [],
      longitude,
      latitude,
      population,
      area: provinceOfNis(nis),
      inTerritory: true,
      roughly: false,
    }
    municipalities.set(nis, place)
    places.push(place)
  }
  for (const [nis, fr, nl, postcodes, longitude, latitude, atCentre, de] of data.BE.sections) {
    places.push({
      id: `BE-${nis}-${placeKey(fr).replace(/ /g, '-')}`,
      kind: 'submunicipality',
      country: 'BE',
      code: nis,
      names: { fr, nl, ...(de ? { de } : {}) },
      postcodes: postcodes.split('|'),
      longitude,
      latitude,
      // A section ranks below its municipality, above small places elsewhere.
      population: Math.round((municipalities.get(nis)?.population ?? 0) / 10),
      area: provinceOfNis(nis),
      inTerritory: true,
      roughly: false,
      ...(atCentre === 1 ? { atMunicipalityCentre: true as const } : {}),
    })
  }
  const regionOf = new Map(data.FR.departments.map(([code, , , , region]) => [code, region]))
  for (const [insee, name, postcodes, longitude, latitude, population, how] of data.FR.communes) {
    const area = `FR-${frenchDepartmentOfInsee(insee)}`
    places.push({
      id: `FR-${insee}`,
      kind: 'municipality',
      country: 'FR',
      code: insee,
      names: { fr: name, nl: name },
      postcodes: postcodes ? postcodes.split('|') : [],
      longitude,
      latitude,
      population,
      area,
      inTerritory: regionOf.get(area) === HAUTS_DE_FRANCE,
      roughly: how === 2,
    })
  }

  const byKey = new Map<string, Place[]>()
  const byPostcode = new Map<string, Place[]>()
  const add = <K>(map: Map<K, Place[]>, key: K, place: Place) => {
    const list = map.get(key)
    if (!list) map.set(key, [place])
    else if (!list.includes(place)) list.push(place)
  }
  for (const place of places) {
    for (const name of Object.values(place.names)) add(byKey, placeKey(name), place)
    for (const postcode of place.postcodes) add(byPostcode, postcode, place)
  }
  const areaNames = new Map<string, { fr: string; nl: string }>()
  for (const [code, [fr, nl]] of Object.entries(data.BE.provinceNames)) areaNames.set(code, { fr, nl })
  for (const [code, name] of data.FR.departments) areaNames.set(code, { fr: name, nl: name })
  const byId = new Map(places.map((place) => [place.id, place]))
  return { data, places, byId, byKey, byPostcode, areaNames }
}

const PROVINCE_OF_NIS: [string, string][] = [
  ['21', 'BE-BRU'],
  ['23', 'BE-VBR'],
  ['24', 'BE-VBR'],
  ['25', 'BE-WBR'],
  ['1', 'BE-VAN'],
  ['3', 'BE-VWV'],
  ['4', 'BE-VOV'],
  ['5', 'BE-WHT'],
  ['6', 'BE-WLG'],
  ['7', 'BE-VLI'],
  ['8', 'BE-WLX'],
  ['9', 'BE-WNA'],
]
/** The province (ISO 3166-2) of a Belgian municipality, from the first digits of its NIS code. */
export const provinceOfNis = (nis: string) => PROVINCE_OF_NIS.find(([prefix]) => nis.startsWith(prefix))?.[1] ?? ''

/** The department of a French commune from its INSEE code (overseas: three digits). */
export const frenchDepartmentOfInsee = (insee: string) =>
  insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2)

/** The department a French postcode belongs to (Corsica's 20xxx splits into 2A and 2B). */
export function frenchDepartment(postcode: string): string {
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B'
  return postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2)
}

let loaded: Promise<Gazetteer> | undefined
/** Loaded on first use, as its own chunk (most requests never search a place), and indexed once. */
export const loadGazetteer = () =>
  (loaded ??= import('@/data/geo/places.json').then(({ default: data }) =>
    indexGazetteer(data as unknown as PlacesData),
  ))
