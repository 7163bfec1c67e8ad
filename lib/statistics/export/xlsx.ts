import { PassThrough, type Readable } from 'node:stream'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

import { type Cell, exportChunks, exportHeaders, type ExportQuery } from './activities'
import { safeCell } from './csv'
import { exportWords } from './labels'

/**
 * The activities as one XLSX sheet, streamed with exceljs's WorkbookWriter: each row is committed (written to
 * the zip) as soon as it is added, no shared-strings table is kept, and the next chunk is read from the database
 * only once the reader has drained what was written. String cells are formula-safe like the CSV's (a sheet
 * re-saved as CSV, or a reader that evaluates text, must not run them).
 */
export function activitiesXlsx(payload: Payload, query: ExportQuery): Readable {
  const t = exportWords(query.locale)
  return xlsxOf(exportChunks(payload, query), exportHeaders(query.locale), t('sheets.activities'), (error) =>
    payload.logger.error({ err: error, msg: 'statistics XLSX export failed' }),
  )
}

/** Resolves when the stream wants more, or is gone. */
const drained = (stream: PassThrough) =>
  new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
  })

export function xlsxOf(
  chunks: AsyncIterable<Cell[][]>,
  headers: string[],
  sheetName: string,
  onError?: (error: Error) => void,
): Readable {
  const out = new PassThrough({ highWaterMark: 256 * 1024 })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  const write = async () => {
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = headers.map((h) => ({ width: Math.min(Math.max(h.length + 2, 12), 40) }))
    const header = sheet.addRow(headers.map(safeCell))
    header.font = { bold: true }
    header.commit()
    for await (const chunk of chunks) {
      for (const row of chunk) sheet.addRow(row.map(safeCell)).commit()
      if (out.writableNeedDrain) await drained(out)
      // The reader went away (a cancelled download): stop reading the database.
      if (out.destroyed) return
    }
    sheet.commit()
    await workbook.commit()
  }
  write().catch((error: Error) => {
    onError?.(error)
    out.destroy(error)
  })
  return out
}
