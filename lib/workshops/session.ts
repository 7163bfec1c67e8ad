import 'server-only'

import { createHmac, timingSafeEqual } from 'node:crypto'

import { cookies, headers } from 'next/headers'

import { participantCookie, participantHintCookie } from './cookie'

/**
 * A workshop participant without an account is bound to their browser by this cookie: the participant's id
 * and an expiry, signed with the server's secret and unreadable from JavaScript. Knowing someone's id is not
 * enough to act as them; changing the id breaks the signature.
 */

function secret(): string {
  const value = process.env.PAYLOAD_SECRET
  if (!value) throw new Error('PAYLOAD_SECRET is not set')
  return value
}

function sign(body: string): string {
  return createHmac('sha256', secret()).update(`participant:${body}`).digest('base64url')
}

export function participantToken(id: number, expiresAt: Date): string {
  const body = `${id}.${Math.floor(expiresAt.getTime() / 1000)}`
  return `${body}.${sign(body)}`
}

/** The participant id a token proves, or null when it is forged, damaged or expired. */
export function verifyParticipantToken(token: string | undefined, now = Date.now()): number | null {
  const [id, expires, signature] = (token ?? '').split('.')
  if (!id || !expires || !signature) return null
  const expected = Buffer.from(sign(`${id}.${expires}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  if (Number(expires) * 1000 <= now) return null
  const value = Number(id)
  return Number.isInteger(value) && value > 0 ? value : null
}

/**
 * Binds the participant to this browser. Beside the signed cookie, a readable hint with the name they typed lets
 * the learner header greet them (components/layout/memberHint.ts) without asking the server; it grants nothing.
 */
export async function setParticipantCookie(id: number, expiresAt: Date, name: string): Promise<void> {
  const secure = (await headers()).get('x-forwarded-proto') === 'https'
  const jar = await cookies()
  jar.set(participantCookie, participantToken(id, expiresAt), {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  })
  jar.set(participantHintCookie, JSON.stringify({ n: name }), {
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  })
}

export async function clearParticipantCookie(): Promise<void> {
  const jar = await cookies()
  jar.delete(participantCookie)
  jar.delete(participantHintCookie)
}

export async function participantIdFromCookie(): Promise<number | null> {
  return verifyParticipantToken((await cookies()).get(participantCookie)?.value)
}
