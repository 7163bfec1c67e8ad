import { getCurrentMember } from '@/lib/auth/session'
import { idOf } from '@/lib/payload/relations'

/**
 * The structure the signed-in member is référent of (or null), for the "edit" link on cached structure pages
 * (components/structures/EditStructureLink.tsx). Private: never cached by anyone.
 */
export async function GET() {
  const member = await getCurrentMember()
  const structure = member?.structureRole === 'referent' ? (idOf(member.structure) ?? null) : null
  return Response.json({ structure }, { headers: { 'cache-control': 'private, no-store' } })
}
