import { getPayloadClient } from '@/lib/payload/client'
import { downloadHeaders, exportFilename, readExportRequest } from '@/lib/statistics/export/request'
import { statisticsWorkbook } from '@/lib/statistics/export/workbook'
import { statisticsOf } from '@/lib/statistics/figures'

export const dynamic = 'force-dynamic'

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The statistics workbook: the page's figures, one sheet per breakdown (lib/statistics/export/workbook.ts). */
export async function GET(request: Request) {
  const asked = await readExportRequest(request)
  if (asked instanceof Response) return asked
  const payload = await getPayloadClient()
  const statistics = await statisticsOf(payload, { scope: asked.scope, filters: asked.filters })
  const file = await statisticsWorkbook({
    statistics,
    filters: asked.filters,
    ignored: asked.ignored,
    scope: asked.scopeName,
    locale: asked.locale,
  })
  return new Response(new Uint8Array(file), {
    headers: downloadHeaders(xlsx, exportFilename(asked.locale, 'workbook', 'xlsx'), asked.ignored),
  })
}
