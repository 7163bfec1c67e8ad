/**
 * The two map engines behind one react-map-gl API. mapbox-gl needs a valid token to draw anything; without
 * one, maplibre-gl draws our offline style. Each is its own chunk, downloaded only by pages with a map.
 */
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

const countryOnly = ['==', ['get', 'kind'], 'country']

/** A self-contained style: GeoJSON outlines only, no glyphs, no sprite, no request outside our site. */
export function mapStyle(origin: string) {
  if (mapboxToken) return 'mapbox://styles/mapbox/light-v11'
  return {
    version: 8 as const,
    sources: { basemap: { type: 'geojson' as const, data: `${origin}/api/map/basemap` } },
    layers: [
      { id: 'sea', type: 'background' as const, paint: { 'background-color': '#cfe3f3' } },
      { id: 'land', type: 'fill' as const, source: 'basemap', filter: countryOnly, paint: { 'fill-color': '#f7f7f2' } },
      {
        id: 'regions',
        type: 'line' as const,
        source: 'basemap',
        filter: ['==', ['get', 'kind'], 'region'],
        paint: { 'line-color': '#a8b3c2', 'line-width': 0.8 },
      },
      {
        id: 'borders',
        type: 'line' as const,
        source: 'basemap',
        filter: countryOnly,
        paint: { 'line-color': '#4b5563', 'line-width': 1.4 },
      },
    ],
  }
}
