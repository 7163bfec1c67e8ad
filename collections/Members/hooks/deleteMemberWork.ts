import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * beforeDelete on members: a member's workshops and recorded accompaniments are theirs (their `aidant` is
 * required), so they go with the account; without this the delete fails on the database's NOT NULL constraint
 * (SQLite) or leaves orphans (MongoDB). Deleted as the system (overrideAccess): whoever may delete the member
 * decides for them, within the same request (and transaction).
 */
export const deleteMemberWork: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // One at a time through Payload, so that each workshop's own hook removes its participants.
  await req.payload.delete({ collection: 'workshops', where: { aidant: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({
    collection: 'accompaniments',
    where: { aidant: { equals: id } },
    overrideAccess: true,
    req,
  })
}
