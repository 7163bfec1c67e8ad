import { getCurrentMember } from '@/lib/auth/session'
import { errorResponse } from '@/lib/http/errorStatus'
import { exportMemberData } from '@/lib/members/export-member-data'
import { getPayloadClient } from '@/lib/payload/client'

/** "Download my data": the signed-in member's own data as a JSON file. */
export async function GET() {
  const actor = await getCurrentMember()
  if (!actor) return new Response('Unauthorized', { status: 401 })
  const result = await exportMemberData({ payload: await getPayloadClient(), actor, input: null })
  if (!result.ok) return errorResponse(result.error)
  return new Response(JSON.stringify(result.value, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="123digit-mes-donnees.json"',
      'cache-control': 'no-store',
    },
  })
}
