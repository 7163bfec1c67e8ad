import type { ReactNode } from 'react'

/**
 * A chart's figures as a table: a caption, column headers and row headers. A wide table scrolls inside its
 * own container (focusable, so a keyboard can scroll it), never the page.
 */
export function DataTable({
  id,
  caption,
  columns,
  rows,
}: {
  id: string
  caption: string
  columns: string[]
  rows: { key: string; head: ReactNode; cells: ReactNode[] }[]
}) {
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-lg border border-slate-300 print:overflow-visible print:border-0"
    >
      <table className="w-full border-collapse text-left text-[15px] sm:text-base print:text-[10pt]">
        <caption id={`${id}-caption`} className="sr-only">
          {caption}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {columns.map((c, i) => (
              <th
                key={c}
                scope="col"
                className={`px-2 py-2 font-semibold whitespace-nowrap sm:px-3 ${i ? 'text-right' : ''}`}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200 break-inside-avoid">
              <th scope="row" className="px-2 py-1.5 font-normal sm:px-3">
                {row.head}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums sm:px-3">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
