// The offline map's vector tiles, cut here once instead of by a tile server: Mapbox Vector Tiles (geojson-vt
// + vt-pbf) for zooms 0 to 10 over Belgium, the north of France and their neighbours, packed in one file
// that the site serves tile by tile (app/api/map/tiles). maplibre-gl overzooms the level-10 tiles beyond.
//
// Layers: land (one polygon per country, `code`), water (rivers, `name` and Natural Earth's `scalerank`), boundary (provinces and departments, drawn as lines),
// place (labels with `name`, optional `name_fr`/`name_nl`/`name_de`, `minzoom` and a collision `sort`).
import { gzipSync } from 'node:zlib'

export const TILE_MAX_ZOOM = 10
/** Tiles exist over this box only (west, south, east, north); the style tells maplibre-gl the same. */
export const TILE_BOUNDS = [-1.5, 47.5, 9.0, 54.0]

const lon2x = (lon, z) => Math.floor(((lon + 180) / 360) * 2 ** z)
const lat2y = (lat, z) => {
  const r = (lat * Math.PI) / 180
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z)
}

export function tileRange(z) {
  const [west, south, east, north] = TILE_BOUNDS
  return { x0: lon2x(west, z), x1: lon2x(east, z), y0: lat2y(north, z), y1: lat2y(south, z) }
}

/**
 * Cuts the layers into tiles. Labels go into a tile only from the zoom they are drawn at (the level-10
 * tiles carry all of them, for the overzoomed levels), so that the first tiles stay small.
 */
export function buildTiles(require, { land, water, boundary, place }) {
  const geojsonvt = require('geojson-vt').default ?? require('geojson-vt')
  const vtpbf = require('vt-pbf')
  const collection = (features) => ({ type: 'FeatureCollection', features })
  const options = { maxZoom: TILE_MAX_ZOOM, indexMaxZoom: TILE_MAX_ZOOM, indexMaxPoints: 0, tolerance: 2, buffer: 64 }
  const shapes = {
    land: geojsonvt(collection(land), options),
    water: geojsonvt(collection(water), options),
    boundary: geojsonvt(collection(boundary), options),
  }
  const index = {}
  const chunks = []
  let offset = 0
  for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
    const visible = place.filter((f) => Math.min(f.properties.minzoom, TILE_MAX_ZOOM) <= z)
    const places = geojsonvt(collection(visible), { ...options, maxZoom: z, indexMaxZoom: z })
    const { x0, x1, y0, y1 } = tileRange(z)
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const layers = {}
        for (const [name, vt] of [...Object.entries(shapes), ['place', places]]) {
          const tile = vt.getTile(z, x, y)
          if (tile && tile.features.length > 0) layers[name] = tile
        }
        if (Object.keys(layers).length === 0) continue
        const bytes = gzipSync(Buffer.from(vtpbf.fromGeojsonVt(layers, { version: 2 })), { level: 9 })
        index[`${z}/${x}/${y}`] = [offset, bytes.length]
        chunks.push(bytes)
        offset += bytes.length
      }
    }
  }
  return { index, data: Buffer.concat(chunks) }
}

/**
 * The archive: a 4-byte length, the JSON index ({"z/x/y": [offset, length]} into the data), then the
 * gzipped tiles one after the other. Read by lib/geo/tiles.ts.
 */
export function packTiles({ index, data }) {
  const header = Buffer.from(JSON.stringify(index))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(header.length)
  return Buffer.concat([length, header, data])
}
