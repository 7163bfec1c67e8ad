import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member } from '@/payload-types'

/** Recount a structure's members: a structure with none is hidden from the map and the public API. */
async function recount(req: PayloadRequest, structure: number | null): Promise<void> {
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

export const recountAfterChange: CollectionAfterChangeHook<Member> = async ({ doc, previousDoc, req }) => {
  const before = idOf(previousDoc?.structure)
  const after = idOf(doc.structure)
  if (before !== after) await Promise.all([recount(req, before), recount(req, after)])
  return doc
}

export const recountAfterDelete: CollectionAfterDeleteHook<Member> = async ({ doc, req }) => {
  await recount(req, idOf(doc.structure))
  return doc
}
