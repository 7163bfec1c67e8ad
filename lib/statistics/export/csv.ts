import { Readable, pipeline } from 'node:stream'

import { stringify } from 'csv-stringify'
import type { Payload } from 'payload'

import { formulaSafe } from '@/lib/export/csvCell'

import { type Cell, exportChunks, exportHeaders, type ExportQuery } from './activities'

/** A cell no spreadsheet runs as a formula (docs/adr/0012): numbers stay numbers, text is neutralised. */
export const safeCell = (cell: Cell): Cell => (typeof cell === 'number' ? cell : formulaSafe(cell))

/** The lines of a CSV export, header first, then each chunk's rows as the database gives them. */
async function* lines(chunks: AsyncIterable<Cell[][]>, headers: string[]): AsyncGenerator<Cell[]> {
  yield headers.map(safeCell)
  for await (const chunk of chunks) for (const row of chunk) yield row.map(safeCell)
}

/**
 * The activities as CSV (UTF-8 with BOM so that Excel reads accents, comma-separated, CRLF), streamed: a chunk
 * is read from the database only when the reader has taken the previous one (Node's backpressure through the
 * pipeline). A database fault ends the stream with an error (the download fails) and is logged.
 */
export function activitiesCsv(payload: Payload, query: ExportQuery): Readable {
  return csvOf(exportChunks(payload, query), exportHeaders(query.locale), (error) =>
    payload.logger.error({ err: error, msg: 'statistics CSV export failed' }),
  )
}

export function csvOf(chunks: AsyncIterable<Cell[][]>, headers: string[], onError?: (error: Error) => void): Readable {
  const out = stringify({ bom: true, record_delimiter: 'windows' })
  pipeline(Readable.from(lines(chunks, headers)), out, (error) => {
    if (error && onError) onError(error)
  })
  return out
}
