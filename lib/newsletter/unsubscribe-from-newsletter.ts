import type { Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { applySignedLink, type SignedLink } from './signedLink'

/** One click from any newsletter (or the mail program's own button): no sign-in, no question asked. */
export function unsubscribeFromNewsletter({
  payload,
  input,
  now = new Date(),
}: UseCaseArgs<SignedLink> & { now?: Date }): Promise<Result<void>> {
  return applySignedLink(payload, 'unsubscribe', input, { status: 'unsubscribed', unsubscribedAt: now.toISOString() })
}
