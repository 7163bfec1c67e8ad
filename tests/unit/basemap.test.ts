import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { VectorTile } from '@mapbox/vector-tile'
import Pbf from 'pbf'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { FONT, offlineStyle, placeLayerIds } from '@/components/map/offline-style'
import { readTileArchive, tileAt } from '@/lib/geo/tile-archive'

const archive = readTileArchive(readFileSync(path.join(process.cwd(), 'data/geo/basemap-tiles.bin')))

function tileOf(longitude: number, latitude: number, z: number) {
  const n = 2 ** z
  const x = Math.floor(((longitude + 180) / 360) * n)
  const r = (latitude * Math.PI) / 180
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)
  const bytes = tileAt(archive, z, x, y)
  if (!bytes) throw new Error(`no tile ${z}/${x}/${y}`)
  return new VectorTile(new Pbf(gunzipSync(bytes)))
}

function properties(tile: VectorTile, layer: string) {
  const found = tile.layers[layer]
  return found ? Array.from({ length: found.length }, (_, i) => found.feature(i).properties) : []
}

describe('the offline basemap tiles (data/geo/basemap-tiles.bin)', () => {
  it.each([
    ['NL', 5.3, 51.69], // 's-Hertogenbosch
    ['DE', 6.96, 50.94], // Köln
    ['LU', 6.13, 49.61], // Luxembourg
    ['BE', 4.87, 50.46], // Namur
    ['FR', 3.06, 50.63], // Lille
    ['GB', 1.08, 51.28], // Canterbury
  ])('has land for %s', (code, longitude, latitude) => {
    const codes = properties(tileOf(longitude, latitude, 10), 'land').map((p) => p.code)
    expect(codes).toContain(code)
  })

  it.each([
    ['Jambes', 4.8717, 50.4564],
    ['Wilrijk', 4.3951, 51.1673],
    ['Jupille-sur-Meuse', 5.63, 50.64],
  ])('labels the sub-municipality %s at city zoom', (name, longitude, latitude) => {
    const places = properties(tileOf(longitude, latitude, 10), 'place')
    const names = places.map((p) => p.name)
    expect(names).toContain(name)
    // Drawn from zoom 9 to 12 depending on their size: not among the big cities of the country view.
    expect(places.find((p) => p.name === name)!.minzoom).toBeGreaterThanOrEqual(9)
  })

  it('shows big cities early with their names in French and Dutch, and keeps villages for closer zooms', () => {
    const places = properties(tileOf(4.35, 50.85, 7), 'place')
    const brussels = places.find((p) => p.name_fr === 'Bruxelles')
    expect(brussels).toMatchObject({ name_nl: 'Brussel', minzoom: 5 })
    expect(places.every((p) => Number(p.minzoom) <= 7)).toBe(true)
    expect(properties(tileOf(4.87, 50.46, 7), 'place')).toContainEqual(expect.objectContaining({ name_nl: 'Namen' }))
  })

  it('has the Meuse and the Scheldt', () => {
    const rivers = new Set([
      ...properties(tileOf(4.87, 50.46, 8), 'water').map((p) => p.name),
      ...properties(tileOf(4.4, 51.22, 8), 'water').map((p) => p.name),
    ])
    expect(rivers).toContain('Maas')
    expect(rivers).toContain('Schelde')
  })

  it('has no tile outside the area it covers', () => {
    expect(tileAt(archive, 10, 0, 0)).toBeNull()
  })
})

describe('the offline style', () => {
  const style = offlineStyle('https://digit.example', 'nl')
  type Layer = { id: string; layout?: Record<string, unknown>; paint?: Record<string, unknown> }
  const layers = style.layers as Layer[]

  it('asks only the site itself for tiles and glyphs', () => {
    const urls = [style.glyphs, ...style.sources.basemap.tiles]
    for (const url of urls) expect(url.startsWith('https://digit.example/')).toBe(true)
  })

  it('uses one font, whose glyph ranges for Latin with accents are in the repository', () => {
    const fonts = new Set(layers.flatMap((layer) => (layer.layout?.['text-font'] as string[] | undefined) ?? []))
    expect([...fonts]).toEqual([FONT])
    for (const range of ['0-255', '256-511']) {
      const file = path.join(process.cwd(), 'public/map/glyphs', FONT, `${range}.pbf`)
      expect(existsSync(file)).toBe(true)
      // The first field of the message is the font stack, with its name.
      expect(readFileSync(file).subarray(0, 64).toString('latin1')).toContain(FONT)
    }
  })

  it('names places in the page language, legible: 12 px or more, with a halo', () => {
    const labels = layers.filter((layer) => placeLayerIds.includes(layer.id))
    expect(labels).toHaveLength(placeLayerIds.length)
    for (const layer of labels) {
      expect(layer.layout?.['text-field']).toEqual(['coalesce', ['get', 'name_nl'], ['get', 'name']])
      expect(layer.layout?.['text-size']).toBeGreaterThanOrEqual(12)
      expect(layer.paint?.['text-halo-width']).toBeGreaterThanOrEqual(1)
    }
  })
})
