import { svgBasemap } from '@/lib/geo/svgBasemap'
import { frameAround } from '@/lib/orientation/frame'
import type { Point } from '@/lib/orientation/match'

const width = 640
const height = 240

/**
 * The sheet's small map, drawn on the server as SVG from the offline basemap (like MiniMap, with several
 * numbered places and the person's place as a black dot): it prints without any request leaving the site.
 */
export async function SheetMap({
  origin,
  places,
  label,
  originLabel,
}: {
  origin: Point
  places: Point[]
  label: string
  originLabel: string
}) {
  const frame = frameAround([origin, ...places], width / height)
  const { x, y, land, borders } = await svgBasemap({ ...frame, width, height })

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="w-full rounded-lg border border-slate-400 bg-[#cfe3f3]"
    >
      {land.map((d, i) => (
        <path key={`land-${i}`} d={d} fill="#f7f7f2" stroke="#4b5563" strokeWidth={1.5} />
      ))}
      {borders.map((d, i) => (
        <path key={`region-${i}`} d={d} fill="none" stroke="#a8b3c2" strokeWidth={1} />
      ))}
      <circle cx={x(origin.longitude)} cy={y(origin.latitude)} r={9} fill="#111827" stroke="#fff" strokeWidth={3} />
      {/* The basemap has no place names at this zoom yet: the person's place is written next to its dot. */}
      <text
        x={x(origin.longitude) + 14}
        y={y(origin.latitude) + 22}
        fontSize={18}
        fontWeight={700}
        fill="#111827"
        stroke="#fff"
        strokeWidth={4}
        paintOrder="stroke"
      >
        {originLabel}
      </text>
      {places.map((place, i) => (
        <g key={i} transform={`translate(${Math.round(x(place.longitude))} ${Math.round(y(place.latitude))})`}>
          <path
            d="M0 0 C-6 -12 -16 -18 -16 -30 A16 16 0 1 1 16 -30 C16 -18 6 -12 0 0Z"
            fill="#1d4ed8"
            stroke="#fff"
            strokeWidth={2}
          />
          <text x={0} y={-24} textAnchor="middle" fontSize={18} fontWeight={700} fill="#fff">
            {i + 1}
          </text>
        </g>
      ))}
    </svg>
  )
}
