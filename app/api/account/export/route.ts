import { auth } from '@/auth'
import { exportMemberData } from '@/lib/members/account'
import { getPayloadClient } from '@/lib/payload/client'

/** "Download my data": the signed-in member's own data as a JSON file. */
export async function GET() {
  const id = (await auth())?.member?.id
  if (!id) return new Response('Unauthorized', { status: 401 })
  const payload = await getPayloadClient()
  const member = await payload.findByID({
    collection: 'members',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!member) return new Response('Unauthorized', { status: 401 })
  return new Response(JSON.stringify(await exportMemberData(payload, member), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="123digit-mes-donnees.json"',
      'cache-control': 'no-store',
    },
  })
}
