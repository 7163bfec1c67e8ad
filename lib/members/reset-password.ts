import { APIError } from 'payload'

import { conflict, invalid } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { checkPassword } from './validation'
import { isPayloadError } from '@/lib/payload/isPayloadError'

export type ResetPasswordInput = { token: string; password: string; confirm: string }

/**
 * The link of the reset e-mail: its token sets a new password once, within the hour, and the member no longer
 * has to change a temporary one. Payload answers an unknown, used or expired token with a 403, a missing one
 * with a 400: both are the same "this link no longer works" to the visitor.
 */
export async function resetPassword({ payload, input }: UseCaseArgs<ResetPasswordInput>): Promise<Result<null>> {
  const errors: FieldErrors = {}
  checkPassword(errors, input.password, input.confirm)
  if (Object.keys(errors).length) return fail(invalid(errors))
  if (!input.token) return fail(conflict({ form: 'tokenInvalid' }))
  try {
    const { user } = await payload.resetPassword({
      collection: 'members',
      data: { token: input.token, password: input.password },
      overrideAccess: true,
    })
    // System write: the token was the proof; the member is not signed in.
    if (user?.id)
      await payload.update({
        collection: 'members',
        id: Number(user.id),
        data: { mustChangePassword: false },
        overrideAccess: true,
      })
    return ok(null)
  } catch (error) {
    if (isPayloadError(error, APIError) && (error.status === 400 || error.status === 403))
      return fail(conflict({ form: 'tokenInvalid' }))
    throw error
  }
}
