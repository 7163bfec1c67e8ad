/**
 * The two map engines behind one react-map-gl API. mapbox-gl needs a valid token to draw anything; without
 * one, maplibre-gl draws our offline style. Each is its own chunk, downloaded only by pages with a map.
 */
import { offlineStyle } from './offline-style'

export type Engine = typeof import('react-map-gl/maplibre')

export const mapboxToken = process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? ''

export function loadEngine(): Promise<Engine> {
  return (mapboxToken ? import('./engine-mapbox') : import('./engine-maplibre')) as Promise<Engine>
}

/** Belgium and the north of France, where our structures are. */
export const defaultBounds: [[number, number], [number, number]] = [
  [2.0, 49.2],
  [6.4, 51.55],
]

/** With a Mapbox token, Mapbox's own style; without, our offline one (offline-style.ts). */
export function mapStyle(origin: string, locale: string) {
  if (mapboxToken) return 'mapbox://styles/mapbox/light-v11'
  return offlineStyle(origin, locale)
}
