import { exportLieux, lieuxCsv, openDataHeaders } from '@/lib/open-data/export'
import { getPayloadClient } from '@/lib/payload/client'

/** Belgian structures, same columns and vocabularies; the README lists where Belgian values depart from the schema. */
export async function GET() {
  const rows = await exportLieux(await getPayloadClient(), 'BE')
  return new Response(lieuxCsv(rows), {
    headers: openDataHeaders('text/csv; charset=utf-8', 'lieux-mediation-numerique-be.csv'),
  })
}
