/**
 * The offline map's tile archive (data/geo/basemap-tiles.bin, written by scripts/geo/basemap/tiles.mjs):
 * a 4-byte big-endian length, a JSON index {"z/x/y": [offset, length]}, then the gzipped tiles.
 */
export type TileArchive = { index: Record<string, [number, number]>; data: Buffer }

export function readTileArchive(file: Buffer): TileArchive {
  const length = file.readUInt32BE(0)
  const index = JSON.parse(file.subarray(4, 4 + length).toString('utf8')) as TileArchive['index']
  return { index, data: file.subarray(4 + length) }
}

/** One tile's gzipped bytes, or null where the archive has none (open sea, outside the covered box). */
export function tileAt(archive: TileArchive, z: number, x: number, y: number): Buffer | null {
  const entry = archive.index[`${z}/${x}/${y}`]
  return entry ? archive.data.subarray(entry[0], entry[0] + entry[1]) : null
}
