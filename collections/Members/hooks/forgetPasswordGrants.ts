import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * beforeDelete on members: a deleted learner's grants go with their account (personal data); a deleted aidant
 * leaves the records, which keep their name, so the référents still see who gave what.
 */
export const forgetPasswordGrants: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Server writes during the member's own deletion, which its access rule has already allowed.
  await req.payload.delete({
    collection: 'password-grants',
    where: { learner: { equals: id } },
    req,
    overrideAccess: true,
  })
  await req.payload.update({
    collection: 'password-grants',
    where: { givenBy: { equals: id } },
    data: { givenBy: null },
    req,
    overrideAccess: true,
  })
}
