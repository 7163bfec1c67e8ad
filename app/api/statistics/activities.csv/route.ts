import { Readable } from 'node:stream'

import { getPayloadClient } from '@/lib/payload/client'
import { activitiesCsv } from '@/lib/statistics/export/csv'
import { downloadHeaders, exportFilename, readExportRequest } from '@/lib/statistics/export/request'

export const dynamic = 'force-dynamic'

/** One row per activity as CSV, streamed (lib/statistics/export/csv.ts); the statistics page's filters. */
export async function GET(request: Request) {
  const asked = await readExportRequest(request)
  if (asked instanceof Response) return asked
  const csv = activitiesCsv(await getPayloadClient(), asked)
  return new Response(Readable.toWeb(csv) as ReadableStream, {
    headers: downloadHeaders(
      'text/csv; charset=utf-8',
      exportFilename(asked.locale, 'activities', 'csv'),
      asked.ignored,
    ),
  })
}
