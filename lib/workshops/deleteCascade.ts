import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * What goes with a deleted workshop or member. Participants exist only inside their workshop; a member's
 * workshops and recorded accompaniments are theirs (their `aidant` is required). Without this the delete
 * fails on the database's NOT NULL constraint (SQLite) or leaves orphans (MongoDB). Progress and diagnostic
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
