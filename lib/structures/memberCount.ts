import type { PayloadRequest } from 'payload'

/**
 * Recount a structure's members: a structure with none is hidden from the map and the public API. Called by
 * the members' hooks (collections/Members/hooks/), inside the request (and transaction) that changed them.
 */
export async function recountMembers(req: PayloadRequest, structure: number | null): Promise<void> {
  if (!structure) return
  const { totalDocs } = await req.payload.count({
    collection: 'members',
    where: { structure: { equals: structure } },
    req,
  })
  await req.payload.update({
    collection: 'structures',
    id: structure,
    data: { activeMemberCount: totalDocs },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
