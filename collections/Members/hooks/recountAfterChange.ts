import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/lib/payload/relations'
import { recountMembers } from '@/lib/structures/memberCount'
import type { Member } from '@/payload-types'

/** afterChange on members: a member who joins or leaves a structure changes both structures' counts. */
export const recountAfterChange: CollectionAfterChangeHook<Member> = async ({ doc, previousDoc, req }) => {
  const before = idOf(previousDoc?.structure)
  const after = idOf(doc.structure)
  if (before !== after) await Promise.all([recountMembers(req, before), recountMembers(req, after)])
  return doc
}
