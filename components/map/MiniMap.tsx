import { svgBasemap } from '@/lib/geo/svgBasemap'

const width = 640
const height = 320
const spanLon = 0.9

/**
 * A small map of where a structure is, drawn on the server as SVG from the offline basemap: no map engine
 * to download for one pin. The big map is one link away.
 */
export async function MiniMap({ longitude, latitude, label }: { longitude: number; latitude: number; label: string }) {
  const { land, borders } = await svgBasemap({ longitude, latitude, spanLon, width, height })

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="mt-3 w-full rounded-lg border border-slate-300 bg-[#cfe3f3]"
    >
      {land.map((d, i) => (
        <path key={`land-${i}`} d={d} fill="#f7f7f2" stroke="#4b5563" strokeWidth={1.5} />
      ))}
      {borders.map((d, i) => (
        <path key={`region-${i}`} d={d} fill="none" stroke="#a8b3c2" strokeWidth={1} />
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
