import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * beforeDelete on workshops: participants exist only inside their workshop, so they go with it. Without this
 * the delete fails on the database's NOT NULL constraint (SQLite) or leaves orphans (MongoDB). Progress and diagnostic
 * results stay: their links to the participant or workshop are emptied by the database (ON DELETE SET NULL).
 * The children are deleted as the system (overrideAccess): whoever may delete the parent decides for them,
 * within the same request (and transaction).
 */
export const deleteWorkshopParticipants: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'workshop-participants',
    where: { workshop: { equals: id } },
    overrideAccess: true,
    req,
  })
}
