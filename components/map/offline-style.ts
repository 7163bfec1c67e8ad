/**
 * The offline map style: vector tiles cut at build time (scripts/geo/basemap/) and served by our own route,
 * glyphs of one font from /public. Every URL is on the site's origin: no request leaves the site.
 */
export const FONT = 'noto-sans'
/** The zoom of the last tiles in the archive; maplibre-gl overzooms them beyond. */
const TILE_MAX_ZOOM = 10
const TILE_BOUNDS: [number, number, number, number] = [-1.5, 47.5, 9.0, 54.0]

export const colors = {
  sea: '#cfe3f3',
  land: '#f7f7f2',
  neighbour: '#eceae2',
  river: '#8ab8dc',
  region: '#a8b3c2',
  border: '#4b5563',
  label: '#1f2937',
  halo: '#ffffff',
}

/** Places by the zoom from which they are drawn (the `minzoom` each label carries), with their text size. */
const placeLevels: [number, number][] = [
  [5, 16],
  [6, 15],
  [9, 14],
  [10, 13],
  [12, 12],
]

const ours = ['in', ['get', 'code'], ['literal', ['BE', 'FR']]]

export function offlineStyle(origin: string, locale: string) {
  const lang = ['fr', 'nl', 'de'].includes(locale) ? locale : 'fr'
  return {
    version: 8 as const,
    glyphs: `${origin}/map/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      basemap: {
        type: 'vector' as const,
        tiles: [`${origin}/api/map/tiles/{z}/{x}/{y}`],
        minzoom: 0,
        maxzoom: TILE_MAX_ZOOM,
        bounds: TILE_BOUNDS,
      },
    },
    layers: [
      { id: 'sea', type: 'background' as const, paint: { 'background-color': colors.sea } },
      {
        id: 'land',
        type: 'fill' as const,
        source: 'basemap',
        'source-layer': 'land',
        // Belgium and France, where our places are, stand out a little from the neighbours.
        paint: { 'fill-color': ['case', ours, colors.land, colors.neighbour] },
      },
      // The big rivers (Meuse, Escaut, Rhin…) from the start, the small ones from zoom 8.
      ...[
        { id: 'rivers', minzoom: 0, filter: ['<=', ['get', 'scalerank'], 8] },
        { id: 'rivers-minor', minzoom: 8, filter: ['>', ['get', 'scalerank'], 8] },
      ].map((layer) => ({
        ...layer,
        type: 'line' as const,
        source: 'basemap',
        'source-layer': 'water',
        layout: { 'line-join': 'round' as const, 'line-cap': 'round' as const },
        paint: { 'line-color': colors.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 12, 3] },
      })),
      {
        id: 'regions',
        type: 'line' as const,
        source: 'basemap',
        'source-layer': 'boundary',
        paint: { 'line-color': colors.region, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 12, 1.6] },
      },
      {
        id: 'borders',
        type: 'line' as const,
        source: 'basemap',
        'source-layer': 'land',
        paint: { 'line-color': colors.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 12, 2.4] },
      },
      // maplibre-gl places the labels of the top layer first: the big places go last, so that they win.
      ...[...placeLevels].reverse().map(([minzoom, size]) => ({
        id: `places-${minzoom}`,
        type: 'symbol' as const,
        source: 'basemap',
        'source-layer': 'place',
        minzoom,
        filter: ['==', ['get', 'minzoom'], minzoom],
        layout: {
          'text-field': ['coalesce', ['get', `name_${lang}`], ['get', 'name']],
          'text-font': [FONT],
          'text-size': size,
          'text-max-width': 8,
          'symbol-sort-key': ['get', 'sort'],
          'text-padding': 4,
        },
        paint: { 'text-color': colors.label, 'text-halo-color': colors.halo, 'text-halo-width': 1.6 },
      })),
    ],
  }
}

/** The ids of the label layers, for tests and for anyone querying the rendered names. */
export const placeLayerIds = placeLevels.map(([minzoom]) => `places-${minzoom}`)
