import { quotedCsvCell } from '@/lib/export/csvCell'

/**
 * RFC 4180 CSV: every field quoted and formula-safe on output (the header is ours); quoted fields, doubled
 * quotes and CRLF read on input.
 */
export function toCsv(header: readonly string[], rows: Record<string, string>[]): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`
  return (
    [
      header.map(quote).join(','),
      ...rows.map((row) => header.map((name) => quotedCsvCell(row[name] ?? '')).join(',')),
    ].join('\r\n') + '\r\n'
  )
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  const input = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') endField()
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++
      endRow()
    } else field += char
  }
  if (field || row.length) endRow()
  return rows.filter((r) => r.some((value) => value !== ''))
}
