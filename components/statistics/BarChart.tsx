import { Group } from '@visx/group'
import { scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'

export type ChartRow = { key: string; label: string; value: number | null; display: string }

const rowHeight = 46

/**
 * Horizontal bars, one per category, rendered on the server (no client JS). Widths are percentages, so the
 * chart fills its column on a phone and on A4 while its text keeps its size. Hidden from assistive
 * technologies: the table beside it (BreakdownTable) carries the same figures.
 */
export function BarChart({ rows }: { rows: ChartRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0))
  // 80% at most, so that the value written after the longest bar stays inside the chart.
  const x = scaleLinear({ domain: [0, max], range: [0, 80] })
  return (
    <svg
      width="100%"
      height={rows.length * rowHeight}
      aria-hidden="true"
      focusable="false"
      className="block overflow-hidden"
    >
      {rows.map((row, i) => {
        const width = x(row.value ?? 0)
        return (
          <Group key={row.key} top={i * rowHeight}>
            <text x="0" y="15" className="fill-slate-900 text-[15px]">
              {row.label}
            </text>
            <Bar x="0" y={22} width={`${width}%`} height={18} rx={3} className="fill-brand-600" />
            <text x={`${width}%`} dx={width > 0 ? 6 : 0} y={36} className="fill-slate-900 text-[15px] font-semibold">
              {row.display}
            </text>
          </Group>
        )
      })}
    </svg>
  )
}
