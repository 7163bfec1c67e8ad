import type { Payload } from 'payload'

import { idOf } from '../../access/isMember'
import type { Member } from '../../payload-types'
import { resetByAccount, resetByIp } from '../auth/rateLimit'
import type { Result } from './signup'
import { temporaryPassword } from './tokens'
import { checkPassword, type FieldErrors, normalizeEmail } from './validation'

/**
 * Sends the reset e-mail through Payload (single-use token, expires after an hour). The answer never says
 * whether the address has an account; only the rate limit is reported.
 */
export async function requestPasswordReset(payload: Payload, rawEmail: string, ip: string): Promise<Result<null>> {
  const email = normalizeEmail(rawEmail)
  if (!email) return { ok: false, errors: { email: 'required' } }
  if (!resetByIp.take(`ip:${ip}`) || !resetByAccount.take(`account:${email}`))
    return { ok: false, errors: { form: 'rateLimited' } }
  try {
    await payload.forgotPassword({ collection: 'members', data: { email } })
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'password reset e-mail not sent' })
  }
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
        data: { mustChangePassword: false, loginAttempts: 0 },
        overrideAccess: true,
      })
    return { ok: true, value: null }
  } catch {
    return { ok: false, errors: { form: 'tokenInvalid' } }
  }
}

/** Changing one's own password requires the current one (except right after a temporary password). */
export async function changePassword(
  payload: Payload,
  member: Member,
  input: { current: string; password: string; confirm: string },
): Promise<Result<null>> {
  const errors: FieldErrors = {}
  checkPassword(errors, input.password, input.confirm)
  if (!input.current) errors.current = 'required'
  if (Object.keys(errors).length) return { ok: false, errors }
  const login = member.email ? { email: member.email } : { username: member.username ?? '' }
  try {
    await payload.login({ collection: 'members', data: { ...login, password: input.current } })
  } catch {
    return { ok: false, errors: { current: 'currentPassword' } }
  }
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
 * It is returned once, to be shown once; the apprenant must change it at their next sign-in.
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
    data: { password, mustChangePassword: true, loginAttempts: 0, lockUntil: null },
    overrideAccess: true,
  })
  return { ok: true, value: password }
}
