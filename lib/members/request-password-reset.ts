import { takeResetAllowance } from '@/lib/auth/loginGuard'
import { loggableError } from '@/lib/email/loggableError'
import { originContextKey } from '@/lib/http/origin'
import { conflict, invalid } from '@/lib/errors'
import { ok, fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { normalizeEmail } from './validation'

/**
 * `ip` is the client's address (lib/http/clientIp.ts): requests are limited per address and per account.
 * `origin` is the public origin of the request (lib/http/origin.ts), for the link of the e-mail.
 */
export type PasswordResetRequest = { email: string; ip: string; origin: string }

/**
 * "Forgot my password": Payload sends the reset e-mail (single-use token, expires after an hour). The answer
 * never says whether the address has an account, nor does its timing: it comes back before the e-mail is sent
 * (Payload looks the account up and sends only for a known one). Only the rate limit is reported.
 */
export async function requestPasswordReset({
  payload,
  input,
}: UseCaseArgs<PasswordResetRequest>): Promise<Result<null>> {
  const email = normalizeEmail(input.email)
  if (!email) return fail(invalid({ email: 'required' }))
  if (!(await takeResetAllowance('members', email, input.ip))) return fail(conflict({ form: 'rateLimited' }))
  void payload
    // The e-mail template (lib/members/resetEmail.ts) reads the origin from the context.
    .forgotPassword({ collection: 'members', data: { email }, context: { [originContextKey]: input.origin } })
    .catch((err: unknown) => payload.logger.error({ err: loggableError(err), msg: 'password reset e-mail not sent' }))
  return ok(null)
}
