import { exportLieux, lieuxCsv, openDataHeaders } from '@/lib/open-data/export'
import { getPayloadClient } from '@/lib/payload/client'

/** French structures in the national schema "LieuxDeMediationNumerique" v1.0.2. */
export async function GET() {
  const rows = await exportLieux(await getPayloadClient(), 'FR')
  return new Response(lieuxCsv(rows), {
    headers: openDataHeaders('text/csv; charset=utf-8', 'lieux-mediation-numerique.csv'),
  })
}
