import { takeResetAllowance } from '@/lib/auth/loginGuard'
import { conflict, invalid } from '@/lib/errors'
import { ok, fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { normalizeEmail } from './validation'

/** `ip` is the client's address (lib/http/clientIp.ts): requests are limited per address and per account. */
export type PasswordResetRequest = { email: string; ip: string }

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
    .forgotPassword({ collection: 'members', data: { email } })
    .catch((err: unknown) => payload.logger.error({ err, msg: 'password reset e-mail not sent' }))
  return ok(null)
}
