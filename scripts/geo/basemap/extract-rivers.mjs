// Extracts the rivers of our area from Natural Earth (public domain) into data/geo/sources/rivers.json,
// a small file kept in the repository because no npm or Debian package ships Natural Earth's rivers.
// Run by hand when updating, with the GeoJSON conversions of Natural Earth 4.1 published (CC0) by
// github.com/martynafford/natural-earth-geojson:
//   node scripts/geo/basemap/extract-rivers.mjs ne_10m_rivers_lake_centerlines.json ne_10m_rivers_europe.json
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const [west, south, east, north] = [-1.5, 47.5, 9.0, 54.0]
const inside = ([x, y]) => x >= west && x <= east && y >= south && y <= north
const round = (n) => Math.round(n * 1e4) / 1e4

const features = []
for (const file of process.argv.slice(2)) {
  for (const feature of JSON.parse(readFileSync(file, 'utf8')).features) {
    const g = feature.geometry
    if (!g || feature.properties.featurecla !== 'River') continue
    const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : []
    // Keep the stretches inside the box (with one point beyond each end, so that lines reach the tile edges).
    const parts = []
    for (const line of lines) {
      let current = []
      line.forEach((point, i) => {
        const near = inside(point) || inside(line[i - 1] ?? point) || inside(line[i + 1] ?? point)
        if (near) {
          current.push([round(point[0]), round(point[1])])
        } else if (current.length) {
          parts.push(current)
          current = []
        }
      })
      if (current.length > 1) parts.push(current)
    }
    const kept = parts.filter((p) => p.length > 1)
    if (kept.length === 0) continue
    features.push({
      type: 'Feature',
      properties: { name: feature.properties.name ?? '', scalerank: feature.properties.scalerank },
      geometry: { type: 'MultiLineString', coordinates: kept },
    })
  }
}
features.sort(
  (a, b) => a.properties.scalerank - b.properties.scalerank || a.properties.name.localeCompare(b.properties.name),
)
const out = path.join(ROOT, 'data/geo/sources/rivers.json')
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify({
    source:
      'Natural Earth 1:10m rivers and lake centerlines, and its European supplement (public domain), via github.com/martynafford/natural-earth-geojson (CC0)',
    type: 'FeatureCollection',
    features,
  })}\n`,
)
console.log(`${path.relative(ROOT, out)}: ${features.length} rivers`)
