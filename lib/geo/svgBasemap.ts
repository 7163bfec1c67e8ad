import 'server-only'

import { basemapFeatures, type BasemapFeature } from './basemap'

type Ring = [number, number][]

/** A map frame: its centre, how many degrees of longitude it spans, its size in SVG units. */
export type SvgFrame = { longitude: number; latitude: number; spanLon: number; width: number; height: number }

/**
 * The offline outlines as SVG paths in a frame, for the small maps drawn on the server (a structure's page,
 * the orientation sheet): an equirectangular projection corrected for latitude, so shapes are not stretched.
 * Points outside the frame are clamped to a margin and repeats dropped: shapes stay closed and filled, and
 * the SVG holds only what can be seen (a few KB instead of all of France).
 */
export async function svgBasemap({ longitude, latitude, spanLon, width, height }: SvgFrame) {
  const features = await basemapFeatures()
  const scale = width / spanLon
  const squash = Math.cos((latitude * Math.PI) / 180)
  const x = (lon: number) => (lon - longitude) * scale * squash + width / 2
  const y = (lat: number) => height / 2 - (lat - latitude) * scale
  const clamp = (value: number, max: number) => Math.round(Math.min(max + 10, Math.max(-10, value)))
  const path = (ring: Ring) => {
    const points = ring
      .map(([lon, lat]) => `${clamp(x(lon), width)},${clamp(y(lat), height)}`)
      .filter((point, i, all) => point !== all[i - 1])
    return points.length > 2 ? `M${points.join('L')}Z` : ''
  }
  const shapes = features
    .map((feature) => ({ kind: feature.properties.kind, d: rings(feature.geometry).map(path).join('') }))
    .filter((shape) => shape.d)
  return {
    x,
    y,
    land: shapes.filter((shape) => shape.kind === 'country').map((shape) => shape.d),
    borders: shapes.filter((shape) => shape.kind === 'region').map((shape) => shape.d),
  }
}

function rings(geometry: BasemapFeature['geometry']): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[]
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat()
  return []
}
