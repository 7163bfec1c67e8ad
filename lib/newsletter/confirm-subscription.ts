import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { linkedSubscriber, type SignedLink } from './linked-subscriber'

/** Step 2 of the double opt-in: the link of the confirmation e-mail confirms the address (again: no change). */
export async function confirmSubscription({
  payload,
  input,
  now = new Date(),
}: UseCaseArgs<SignedLink> & { now?: Date }): Promise<Result<void>> {
  const found = await linkedSubscriber(payload, 'confirm', input)
  if (!found.ok) return fail(found.error)
  if (found.value.status !== 'confirmed')
    await payload.update({
      collection: 'newsletter-subscribers',
      id: found.value.id,
      data: { status: 'confirmed', confirmedAt: now.toISOString() },
      // The signed link stands for the subscriber, who has no account (linked-subscriber.ts).
      overrideAccess: true,
    })
  return ok(undefined)
}
