import { checkOwnPassword } from '@/lib/auth/authenticate'
import { invalid, notAllowed } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { checkPassword } from './validation'

/** `ip` is the client's address (lib/http/clientIp.ts): the current password is checked as a sign-in from it. */
export type ChangePasswordInput = { current: string; password: string; confirm: string; ip: string }

/**
 * A member changes their own password, giving the current one (a temporary password counts); guesses are
 * limited like sign-ins. Every other session of the member ends (the session version goes up); the caller
 * signs this one in again with the new password.
 */
export async function changePassword({
  payload,
  actor,
  input,
}: UseCaseArgs<ChangePasswordInput>): Promise<Result<null>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  const errors: FieldErrors = {}
  checkPassword(errors, input.password, input.confirm)
  if (!input.current) errors.current = 'required'
  if (Object.keys(errors).length) return fail(invalid(errors))
  if (!(await checkOwnPassword(payload, actor, input.current, input.ip)))
    return fail(invalid({ current: 'currentPassword' }))
  // System write: a member may not set their password through the API (collections/Members/hooks/protectCredentials.ts);
  // this flow is the one that may, having checked the current password just above.
  await payload.update({
    collection: 'members',
    id: actor.id,
    data: { password: input.password, mustChangePassword: false },
    overrideAccess: true,
  })
  return ok(null)
}
