import 'server-only'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

export type BasemapFeature = { properties: { kind: string }; geometry: { type: string; coordinates: unknown } }

let file: Promise<Buffer> | undefined
let features: Promise<BasemapFeature[]> | undefined

/**
 * The offline basemap (data/geo/basemap.json, built by scripts/geo/build.mjs), read from disk once per
 * process: the map route serves its bytes, the structure page's small map draws its features.
 */
export const basemapFile = () => (file ??= readFile(path.join(process.cwd(), 'data', 'geo', 'basemap.json')))

export const basemapFeatures = () =>
  (features ??= basemapFile().then(
    (bytes) => (JSON.parse(bytes.toString('utf8')) as { features: BasemapFeature[] }).features,
  ))
