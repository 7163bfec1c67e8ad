import type { Payload } from 'payload'

import type { Member } from '../../payload-types'
import { normalizeEmail, normalizeUsername } from '../members/validation'
import { signInByAccount, signInByIp } from './rateLimit'

export type AuthFailure = 'invalid' | 'locked' | 'rateLimited'
export type AuthResult = { ok: true; member: Member } | { ok: false; reason: AuthFailure }

/**
 * Checks an e-mail or username and a password against Payload (which hashes, and locks an account after
 * repeated failures), after the per-IP and per-account rate limits.
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
  if (!signInByIp.take(`ip:${ip}`) || !signInByAccount.take(`account:${login}`)) {
    return { ok: false, reason: 'rateLimited' }
  }
  try {
    const result = await payload.login({
      collection: 'members',
      data: byEmail ? { email: login, password } : { username: login, password },
    })
    signInByAccount.reset(`account:${login}`)
    return { ok: true, member: result.user as Member }
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    return { ok: false, reason: name === 'LockedAuth' ? 'locked' : 'invalid' }
  }
}
