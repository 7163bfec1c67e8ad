import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/lib/payload/relations'

/**
 * A proposal's file is private until an editor approves the resource (collections/Media.ts, awaitingReview):
 * approving releases it; taking the approval back (or refusing) hides it again.
 */
export const releaseProposalFile: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const file = idOf(doc.file)
  if (file === null || doc.moderationStatus === previousDoc?.moderationStatus) return doc
  await req.payload.update({
    collection: 'media',
    id: file,
    data: { awaitingReview: doc.moderationStatus !== 'approved' },
    overrideAccess: true,
    req,
  })
  return doc
}
