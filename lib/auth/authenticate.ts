import { APIError, AuthenticationError, LockedAuth, type Payload } from 'payload'

import type { Member } from '@/payload-types'
import { normalizeEmail, normalizeUsername } from '@/lib/members/validation'
import { type LoginContext, recordLoginFailure } from './loginGuard'
import { isPayloadError } from '@/lib/payload/isPayloadError'
import { endSignIn } from './signInLease'

export type AuthFailure = 'invalid' | 'locked' | 'rateLimited'
export type AuthResult = { ok: true; member: Member } | { ok: false; reason: AuthFailure }

/**
 * Checks a member's e-mail or username and password through Payload's login, which runs the limits of
 * lib/auth/loginGuard.ts with the client address given here. Every site flow that asks for a password (sign-in,
 * change of password, account deletion) goes through it, so each wrong guess counts. Errors are told apart
 * by class, never by `error.name` (minified away in production builds).
 */
export async function authenticate(
  payload: Payload,
  identifier: string,
  password: string,
  ip: string,
): Promise<AuthResult> {
  const byEmail = identifier.includes('@')
  const login = byEmail ? normalizeEmail(identifier) : normalizeUsername(identifier)
  if (!login || !password) return { ok: false, reason: 'invalid' }
  // The hooks keep their state (the sign-in lease) in this object: the Local API uses it as req.context.
  const context: LoginContext = { clientIp: ip }
  try {
    const result = await payload.login({
      collection: 'members',
      data: byEmail ? { email: login, password } : { username: login, password },
      context,
    })
    return { ok: true, member: result.user as Member }
  } catch (error) {
    await endSignIn(payload, context)
    if (isPayloadError(error, LockedAuth)) return { ok: false, reason: 'locked' }
    if (isPayloadError(error, APIError) && error.status === 429) return { ok: false, reason: 'rateLimited' }
    if (isPayloadError(error, AuthenticationError)) {
      await recordLoginFailure('members', login, ip)
      return { ok: false, reason: 'invalid' }
    }
    throw error
  }
}

/** The signed-in member's own password, checked as a sign-in (same limits); for changes that need it. */
export async function checkOwnPassword(payload: Payload, member: Member, password: string, ip: string) {
  const identifier = member.email ?? member.username ?? ''
  return (await authenticate(payload, identifier, password, ip)).ok
}
