import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed links for confirming and unsubscribing: an HMAC of the subscriber's id and address with the
 * server secret. Nothing to store, and unsubscribing works from any past e-mail, with one click.
 */
export function newsletterToken(purpose: 'confirm' | 'unsubscribe', id: number, email: string): string {
  const secret = process.env.PAYLOAD_SECRET ?? ''
  return createHmac('sha256', secret).update(`${purpose}:${id}:${email}`).digest('base64url').slice(0, 32)
}

export function checkNewsletterToken(
  purpose: 'confirm' | 'unsubscribe',
  id: number,
  email: string,
  token: string,
): boolean {
  const expected = Buffer.from(newsletterToken(purpose, id, email))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
