import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'

export type MonthBar = { month: string; label: string; value: number | null }

const height = 220
const top = 14
const bottom = 28

/**
 * Twelve vertical bars, rendered on the server. Horizontal positions are percentages (the chart fills its
 * width without scaling its text); on a phone every other month's name is left out so that they do not run
 * into each other. Hidden from assistive technologies: the month table carries the figures.
 */
export function MonthChart({ bars, format }: { bars: MonthBar[]; format: (n: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0))
  const x = scaleBand({ domain: bars.map((b) => b.month), range: [0, 100], padding: 0.25 })
  const y = scaleLinear({ domain: [0, max], range: [height - bottom, top], nice: true })
  const ticks = y.ticks(4).filter((t) => Number.isInteger(t))
  const band = x.bandwidth()
  return (
    <svg width="100%" height={height} aria-hidden="true" focusable="false" className="block">
      {ticks.map((t) => (
        <line key={`l${t}`} x1="0" x2="100%" y1={y(t)} y2={y(t)} className="stroke-slate-300" strokeWidth={1} />
      ))}
      {bars.map((b) => {
        const value = b.value ?? 0
        return (
          <Bar
            key={b.month}
            x={`${x(b.month) ?? 0}%`}
            width={`${band}%`}
            y={y(value)}
            height={Math.max(0, y(0) - y(value))}
            rx={2}
            className="fill-brand-600"
          />
        )
      })}
      {ticks.map((t) => (
        <text
          key={`t${t}`}
          x="2"
          y={y(t) - 4}
          className="fill-slate-700 text-xs"
          stroke="white"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {format(t)}
        </text>
      ))}
      {bars.map((b, i) => (
        <text
          key={`m${b.month}`}
          x={`${(x(b.month) ?? 0) + band / 2}%`}
          y={height - 8}
          textAnchor="middle"
          className={`fill-slate-800 text-xs ${i % 2 ? 'max-sm:hidden print:inline' : ''}`}
        >
          {b.label}
        </text>
      ))}
    </svg>
  )
}
