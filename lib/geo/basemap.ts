import 'server-only'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { readTileArchive, type TileArchive } from './tile-archive'

export type BasemapFeature = { properties: { kind: string }; geometry: { type: string; coordinates: unknown } }

let file: Promise<Buffer> | undefined
let features: Promise<BasemapFeature[]> | undefined
let tiles: Promise<TileArchive> | undefined

/**
 * The offline outlines (data/geo/basemap.json, built by scripts/geo/build.mjs), read from disk once per
 * process: the structure page's small map draws its features.
 */
const basemapFile = () => (file ??= readFile(path.join(process.cwd(), 'data', 'geo', 'basemap.json')))

export const basemapFeatures = () =>
  (features ??= basemapFile().then(
    (bytes) => (JSON.parse(bytes.toString('utf8')) as { features: BasemapFeature[] }).features,
  ))

/** The big map's vector tiles (data/geo/basemap-tiles.bin), read from disk once per process (under 1 MB). */
export const basemapTiles = () =>
  (tiles ??= readFile(path.join(process.cwd(), 'data', 'geo', 'basemap-tiles.bin')).then(readTileArchive))
