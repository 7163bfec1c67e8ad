import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/**
 * beforeValidate on both auth collections: an e-mail or username sent as something other than text (a number, a
 * list, an object) is refused at its field. Payload's own hooks lower-case them before validating and would fail
 * on anything else with a 500.
 */
export const credentialTypes: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const wrong = (['email', 'username'] as const).filter((path) => {
    const value = (data as Record<string, unknown> | undefined)?.[path]
    return value !== undefined && value !== null && typeof value !== 'string'
  })
  if (wrong.length)
    throw new ValidationError({
      collection: collection.slug,
      errors: wrong.map((path) => ({ path, message: req.t('validation:invalidInput') })),
    })
  return data
}
