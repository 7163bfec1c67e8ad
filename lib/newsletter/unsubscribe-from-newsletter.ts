import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { linkedSubscriber, type SignedLink } from './linked-subscriber'

/** One click from any newsletter (or the mail program's own button): no sign-in, no question asked. */
export async function unsubscribeFromNewsletter({
  payload,
  input,
  now = new Date(),
}: UseCaseArgs<SignedLink> & { now?: Date }): Promise<Result<void>> {
  const found = await linkedSubscriber(payload, 'unsubscribe', input)
  if (!found.ok) return fail(found.error)
  if (found.value.status !== 'unsubscribed')
    await payload.update({
      collection: 'newsletter-subscribers',
      id: found.value.id,
      data: { status: 'unsubscribed', unsubscribedAt: now.toISOString() },
      // The signed link stands for the subscriber, who has no account (linked-subscriber.ts).
      overrideAccess: true,
    })
  return ok(undefined)
}
