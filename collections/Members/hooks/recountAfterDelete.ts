import type { CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/lib/payload/relations'
import { recountMembers } from '@/lib/structures/memberCount'
import type { Member } from '@/payload-types'

/** afterDelete on members: their structure has one member fewer. */
export const recountAfterDelete: CollectionAfterDeleteHook<Member> = async ({ doc, req }) => {
  await recountMembers(req, idOf(doc.structure))
  return doc
}
