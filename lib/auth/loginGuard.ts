import { pbkdf2, randomBytes } from 'node:crypto'

import {
  addDataAndFileToRequest,
  APIError,
  AuthenticationError,
  type CollectionAfterErrorHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type Endpoint,
  LockedAuth,
  type PayloadRequest,
  type Where,
} from 'payload'

import { loggableError } from '@/lib/email/loggableError'
import { clientIpFrom, trustedProxies } from '@/lib/http/clientIpRule'
import { resetByAccountAndIp, resetByIp, signInFailuresByAccountAndIp, signInFailuresByIp } from './rateLimit'
import { isPayloadError } from '@/lib/payload/isPayloadError'
import { endSignIn, holdSignIn } from './signInLease'

/**
 * One guard for every way into an account: the site's sign-in (Local API `payload.login`), and Payload's REST
 * `/api/members/login` and `/api/users/login`. Payload's own per-account lock is off (`maxLoginAttempts: 0`
 * in both collections) because anyone could use it to lock anyone, admins included; failures are counted
 * here per address and per (account, address) instead (lib/auth/rateLimit.ts).
 */
export type LoginCollection = 'members' | 'users'

/** Set by our own server code for Local API calls (a `context` cannot come in over HTTP). */
export type LoginContext = { clientIp?: string }

export const tooManyAttemptsMessage = 'Too many failed attempts from this address. Try again in 15 minutes.'

export function requestClientIp(req: Pick<PayloadRequest, 'context' | 'headers'>): string {
  const fromServer = (req.context as LoginContext | undefined)?.clientIp
  return typeof fromServer === 'string' && fromServer ? fromServer : clientIpFrom(req.headers, trustedProxies())
}

/** The identifier as Payload's login compares it (lower-cased, trimmed), or null when none was sent. */
export function loginIdentifier(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null
  const { email, username } = data as { email?: unknown; username?: unknown }
  const value = typeof username === 'string' && username.trim() ? username : email
  return typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : null
}

const accountKey = (collection: string, login: string, ip: string) => `${collection}:${login}@${ip}`

/** Throws a 429 when the address has failed too often, LockedAuth when this account has from this address. */
export async function assertLoginAllowed(
  req: PayloadRequest,
  collection: string,
  login: string,
  ip: string,
): Promise<void> {
  if (await signInFailuresByIp.exhausted(ip)) throw new APIError(tooManyAttemptsMessage, 429, null, true)
  if (await signInFailuresByAccountAndIp.exhausted(accountKey(collection, login, ip))) throw new LockedAuth(req.t)
}

export async function recordLoginFailure(collection: string, login: string, ip: string): Promise<void> {
  await Promise.all([signInFailuresByIp.take(ip), signInFailuresByAccountAndIp.take(accountKey(collection, login, ip))])
}

export async function recordLoginSuccess(collection: string, login: string, ip: string): Promise<void> {
  await signInFailuresByAccountAndIp.reset(accountKey(collection, login, ip))
}

/** Reset e-mails: per address and per (account, address); false when used up. */
export async function takeResetAllowance(collection: string, email: string, ip: string): Promise<boolean> {
  return (await resetByIp.take(ip)) && (await resetByAccountAndIp.take(accountKey(collection, email, ip)))
}

/**
 * Payload answers at once for an unknown account but hashes the password for a known one (~200 ms), which
 * told who has an account. Hashing a throwaway password with the same parameters as Payload's current hashes
 * (pbkdf2-sha256, 600,000 rounds, 32 bytes: payload/dist/auth/strategies/local/generatePasswordSaltHash.js)
 * makes both answers take as long.
 */
function throwawayHash(password: string): Promise<void> {
  return new Promise((resolve) =>
    pbkdf2(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256', () => resolve()),
  )
}

async function accountIdOf(
  req: PayloadRequest,
  collection: LoginCollection,
  login: string,
): Promise<number | string | null> {
  const where: Where =
    collection === 'members'
      ? { or: [{ email: { equals: login } }, { username: { equals: login } }] }
      : { email: { equals: login } }
  return (await req.payload.db.findOne<{ id: number | string }>({ collection, where, req }))?.id ?? null
}

type Attempt = { login: string; ip: string }
const attemptKey = 'loginAttempt'

/** beforeOperation: limits first, then an equal-time answer for unknown accounts. */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const login = loginIdentifier((args as { data?: unknown }).data)
  if (!login) return args // Payload answers 400 for a missing identifier
  const ip = requestClientIp(req)
  await assertLoginAllowed(req, collection.slug, login, ip)
  req.context[attemptKey] = { login, ip } satisfies Attempt
  const accountId = await accountIdOf(req, collection.slug as LoginCollection, login)
  if (accountId === null) {
    const password = (args as { data?: { password?: unknown } }).data?.password
    await throwawayHash(typeof password === 'string' ? password : '')
  } else await holdSignIn(req.payload, req.context, collection.slug, accountId)
  return args
}

function attemptOf(req: PayloadRequest): Attempt | null {
  const attempt = req.context[attemptKey] as Attempt | undefined
  return attempt && typeof attempt.login === 'string' ? attempt : null
}

/** afterOperation: a successful sign-in clears that account's failures from that address. */
export const clearLoginFailures: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  if (operation !== 'login') return result
  await endSignIn(req.payload, req.context)
  const attempt = attemptOf(req)
  if (attempt) await recordLoginSuccess(collection.slug, attempt.login, attempt.ip)
  return result
}

/**
 * afterError (REST only: Payload runs it from its route handler): counts a wrong password on
 * /api/<collection>/login. Local API callers count their own failures (lib/auth/authenticate.ts).
 */
export const countRestLoginFailure: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  await endSignIn(req.payload, req.context)
  const attempt = attemptOf(req)
  if (attempt && isPayloadError(error, AuthenticationError))
    await recordLoginFailure(collection.slug, attempt.login, attempt.ip)
}

/**
 * Replaces Payload's POST /api/<collection>/forgot-password: limited per address, and it answers at once,
 * the same way whether the address has an account or not; the e-mail is sent after the answer, so its time
 * does not tell either.
 */
export function forgotPasswordEndpoint(collection: LoginCollection): Endpoint {
  return {
    path: '/forgot-password',
    method: 'post',
    handler: async (req) => {
      try {
        await addDataAndFileToRequest(req)
      } catch {
        return Response.json({ errors: [{ message: 'Unreadable request body.' }] }, { status: 400 })
      }
      const email = loginIdentifier({ email: req.data?.email })
      if (!email) return Response.json({ errors: [{ message: 'Missing email.' }] }, { status: 400 })
      if (!(await takeResetAllowance(collection, email, requestClientIp(req))))
        return Response.json({ errors: [{ message: tooManyAttemptsMessage }] }, { status: 429 })
      void req.payload
        // Only the headers and URL travel on: the request itself is over by the time the e-mail goes out.
        .forgotPassword({ collection, data: { email }, req: { headers: req.headers, url: req.url } })
        .catch((err: unknown) =>
          req.payload.logger.warn({ err: loggableError(err), msg: 'password reset e-mail not sent' }),
        )
      return Response.json({ message: req.t('general:success') })
    },
  }
}
