import { Readable } from 'node:stream'

import { getPayloadClient } from '@/lib/payload/client'
import { downloadHeaders, exportFilename, readExportRequest } from '@/lib/statistics/export/request'
import { activitiesXlsx } from '@/lib/statistics/export/xlsx'

export const dynamic = 'force-dynamic'

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** One row per activity as an XLSX sheet, streamed (lib/statistics/export/xlsx.ts); the statistics page's filters. */
export async function GET(request: Request) {
  const asked = await readExportRequest(request)
  if (asked instanceof Response) return asked
  const file = activitiesXlsx(await getPayloadClient(), asked)
  return new Response(Readable.toWeb(file) as ReadableStream, {
    headers: downloadHeaders(xlsx, exportFilename(asked.locale, 'activities', 'xlsx'), asked.ignored),
  })
}
