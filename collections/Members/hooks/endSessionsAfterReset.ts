import type { CollectionAfterOperationHook } from 'payload'

/**
 * afterOperation: Payload's reset-password operation (site or REST) writes the new password without running
 * beforeChange, so the session version goes up here. (Payload empties its own sessions there itself.)
 */
export const endSessionsAfterReset: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const id = (result as { user?: { id?: unknown } } | undefined)?.user?.id
  if (typeof id !== 'number' && typeof id !== 'string') return result
  const doc = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })) as {
    sessionVersion?: number | null
  } | null
  await req.payload.db.updateOne({
    collection: collection.slug,
    id,
    data: { sessionVersion: (doc?.sessionVersion ?? 0) + 1 },
    req,
    returning: false,
  })
  return result
}
