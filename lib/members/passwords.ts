import { APIError, type Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member } from '@/payload-types'
import { checkOwnPassword } from '@/lib/auth/authenticate'
import { takeResetAllowance } from '@/lib/auth/loginGuard'
import { recordPasswordGrant } from './passwordGrants'
import type { Result } from './signup'
import { temporaryPassword } from './tokens'
import { checkPassword, normalizeEmail } from './validation'
import type { FieldErrors } from '@/lib/forms/types'

/**
 * Sends the reset e-mail through Payload (single-use token, expires after an hour). The answer never says
 * whether the address has an account, nor does its timing: it comes back before the e-mail is sent (Payload
 * looks the account up and sends only for a known one). Only the rate limit is reported.
 */
export async function requestPasswordReset(payload: Payload, rawEmail: string, ip: string): Promise<Result<null>> {
  const email = normalizeEmail(rawEmail)
  if (!email) return { ok: false, errors: { email: 'required' } }
  if (!takeResetAllowance('members', email, ip)) return { ok: false, errors: { form: 'rateLimited' } }
  void payload
    .forgotPassword({ collection: 'members', data: { email } })
    .catch((error: unknown) => payload.logger.warn({ err: error, msg: 'password reset e-mail not sent' }))
  return { ok: true, value: null }
}

export async function resetPassword(
  payload: Payload,
  token: string,
  password: string,
  confirm: string,
): Promise<Result<null>> {
  const errors: FieldErrors = {}
  checkPassword(errors, password, confirm)
  if (Object.keys(errors).length) return { ok: false, errors }
  try {
    const { user } = await payload.resetPassword({
      collection: 'members',
      data: { token, password },
      overrideAccess: true,
    })
    if (user?.id)
      await payload.update({
        collection: 'members',
        id: Number(user.id),
        data: { mustChangePassword: false },
        overrideAccess: true,
      })
    return { ok: true, value: null }
  } catch (error) {
    // Payload's answer to an unknown or expired token is a 403; anything else is a fault worth seeing, though
    // the visitor is still only told the link no longer works.
    if (!(error instanceof APIError && error.status === 403))
      payload.logger.error({ err: error, msg: 'password reset failed' })
    return { ok: false, errors: { form: 'tokenInvalid' } }
  }
}

/**
 * Changing one's own password requires the current one (a temporary password counts), checked as a sign-in
 * from `ip`, so guesses are limited like sign-ins. Every other session of the member ends (the session version
 * goes up); the caller signs this one in again with the new password.
 */
export async function changePassword(
  payload: Payload,
  member: Member,
  input: { current: string; password: string; confirm: string },
  ip: string,
): Promise<Result<null>> {
  const errors: FieldErrors = {}
  checkPassword(errors, input.password, input.confirm)
  if (!input.current) errors.current = 'required'
  if (Object.keys(errors).length) return { ok: false, errors }
  if (!(await checkOwnPassword(payload, member, input.current, ip)))
    return { ok: false, errors: { current: 'currentPassword' } }
  // A server write: a member may not set their password through the API
  // (collections/Members/hooks/protectCredentials.ts); this flow is the one that may, having checked the current
  // password just above.
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { password: input.password, mustChangePassword: false },
    overrideAccess: true,
  })
  return { ok: true, value: null }
}

/**
 * An aidant gives a new temporary password to an apprenant of their structure who has no e-mail address.
 * It is returned once, to be shown once; the apprenant must change it at their next sign-in. Their open
 * sessions end, and the grant is recorded for the structure's référents (collections/PasswordGrants.ts).
 */
export async function resetApprenantPassword(
  payload: Payload,
  aidant: Member,
  apprenantId: number,
): Promise<Result<string>> {
  const apprenant = await payload.findByID({
    collection: 'members',
    id: apprenantId,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  const structure = idOf(aidant.structure)
  if (
    !apprenant ||
    aidant.profile !== 'aidant' ||
    !structure ||
    apprenant.profile !== 'apprenant' ||
    idOf(apprenant.structure) !== structure ||
    apprenant.email
  ) {
    return { ok: false, errors: { form: 'notAllowed' } }
  }
  const password = temporaryPassword()
  await payload.update({
    collection: 'members',
    id: apprenant.id,
    data: { password, mustChangePassword: true },
    overrideAccess: true,
  })
  await recordPasswordGrant(payload, aidant, apprenant, structure)
  return { ok: true, value: password }
}
