import type { Point } from './match'

export type Frame = { longitude: number; latitude: number; spanLon: number }

/** The narrowest view: about 10 km across, so a single nearby place still shows its surroundings. */
const minSpanLon = 0.14

/**
 * The centre and width (in degrees of longitude) of a small map that shows every point with a margin, for a
 * drawing `ratio` times as wide as it is high. Pure: unit-tested.
 */
export function frameAround(points: Point[], ratio: number): Frame {
  const lons = points.map((p) => p.longitude)
  const lats = points.map((p) => p.latitude)
  const longitude = (Math.min(...lons) + Math.max(...lons)) / 2
  const latitude = (Math.min(...lats) + Math.max(...lats)) / 2
  // Degrees of longitude shrink with the latitude: a height in latitude is worth this much longitude.
  const squash = Math.cos((latitude * Math.PI) / 180)
  const wide = Math.max(...lons) - Math.min(...lons)
  const tall = ((Math.max(...lats) - Math.min(...lats)) * ratio) / squash
  return { longitude, latitude, spanLon: Math.max(minSpanLon, Math.max(wide, tall) * 1.4) }
}
