import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Member } from '@/payload-types'
import { checkEmail, checkUsername, normalizeEmail, normalizeUsername } from '@/lib/members/validation'

export const ownPasswordMessage =
  'A member changes their password on the site, with their current password (or by the reset link).'
export const ownUsernameMessage = 'A username cannot be changed through the API.'

/**
 * beforeChange on members. A member signed in through the API (REST with their Payload token, or the Local API
 * with `user` and overrideAccess: false) cannot set a new password: the site's flow asks for the current one
 * first (lib/members/change-password.ts), so a stolen session alone cannot take the account over.
 * Nor can they change their username, which the site never offers; their e-mail stays editable as on the
 * account page. Staff and our server code may do both. Whenever the password changes, the session version
 * goes up, which ends every site session opened before (lib/auth/claims.ts); Payload clears its own sessions
 * on the same write. E-mail and username follow the site's rules here too, so REST and forms agree.
 */
export const protectCredentials: CollectionBeforeChangeHook<Member> = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const self = req.user?.collection === 'members'
  const password = (data as { password?: unknown }).password
  const newPassword = typeof password === 'string' && password !== ''
  if (operation === 'update' && self && newPassword) throw new APIError(ownPasswordMessage, 403, null, true)
  if (
    operation === 'update' &&
    self &&
    typeof data.username === 'string' &&
    normalizeUsername(data.username) !== (originalDoc?.username ?? '')
  )
    throw new APIError(ownUsernameMessage, 403, null, true)

  const errors: Record<string, string> = {}
  if (typeof data.email === 'string' && data.email) checkEmail(errors, normalizeEmail(data.email), false)
  if (typeof data.username === 'string' && data.username) checkUsername(errors, normalizeUsername(data.username))
  const invalid = Object.keys(errors)
  if (invalid.length)
    throw new ValidationError({
      collection: collection.slug,
      errors: invalid.map((path) => ({ path, message: req.t('validation:invalidInput') })),
    })

  if (operation === 'update' && newPassword) data.sessionVersion = (originalDoc?.sessionVersion ?? 0) + 1
  return data
}
