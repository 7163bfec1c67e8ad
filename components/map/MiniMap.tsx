import { basemapFeatures, type BasemapFeature } from '@/lib/geo/basemap'

type Ring = [number, number][]

const width = 640
const height = 320
const spanLon = 0.9

/**
 * A small map of where a structure is, drawn on the server as SVG from the offline basemap: no map engine
 * to download for one pin. The big map is one link away.
 */
export async function MiniMap({ longitude, latitude, label }: { longitude: number; latitude: number; label: string }) {
  const features = await basemapFeatures()
  // Equirectangular projection around the point, corrected for latitude so shapes are not stretched.
  const scale = width / spanLon
  const squash = Math.cos((latitude * Math.PI) / 180)
  // Points outside the frame are clamped to a margin around it and repeated points dropped: shapes stay
  // closed and filled, and the SVG holds only what can be seen (a few KB instead of all of France).
  const clamp = (value: number, max: number) => Math.round(Math.min(max + 10, Math.max(-10, value)))
  const project = ([lon, lat]: [number, number]) =>
    `${clamp((lon - longitude) * scale * squash + width / 2, width)},${clamp(height / 2 - (lat - latitude) * scale, height)}`
  const path = (ring: Ring) => {
    const points = ring.map(project).filter((point, i, all) => point !== all[i - 1])
    return points.length > 2 ? `M${points.join('L')}Z` : ''
  }
  const paths = features
    .map((feature) => ({ kind: feature.properties.kind, d: rings(feature.geometry).map(path).join('') }))
    .filter((p) => p.d)

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="mt-3 w-full rounded-lg border border-slate-300 bg-[#cfe3f3]"
    >
      {paths
        .filter((p) => p.kind === 'country')
        .map((p, i) => (
          <path key={`land-${i}`} d={p.d} fill="#f7f7f2" stroke="#4b5563" strokeWidth={1.5} />
        ))}
      {paths
        .filter((p) => p.kind === 'region')
        .map((p, i) => (
          <path key={`region-${i}`} d={p.d} fill="none" stroke="#a8b3c2" strokeWidth={1} />
        ))}
      <g transform={`translate(${width / 2} ${height / 2})`}>
        <path
          d="M0 0 C-6 -12 -14 -18 -14 -28 A14 14 0 1 1 14 -28 C14 -18 6 -12 0 0Z"
          fill="#1d4ed8"
          stroke="#fff"
          strokeWidth={2}
        />
        <circle cx={0} cy={-28} r={5} fill="#fff" />
      </g>
    </svg>
  )
}

function rings(geometry: BasemapFeature['geometry']): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Ring[]
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat()
  return []
}
