import { exportLieux, openDataHeaders } from '@/lib/open-data/export'
import { getPayloadClient } from '@/lib/payload/client'

/** The French CSV's rows as a JSON array of objects with the schema's field names. */
export async function GET() {
  const rows = await exportLieux(await getPayloadClient(), 'FR')
  return new Response(JSON.stringify(rows), {
    headers: openDataHeaders('application/json; charset=utf-8', 'lieux-mediation-numerique.json'),
  })
}
