import type { Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { applySignedLink, type SignedLink } from './signedLink'

/** Step 2 of the double opt-in: the link of the confirmation e-mail confirms the address. */
export function confirmSubscription({
  payload,
  input,
  now = new Date(),
}: UseCaseArgs<SignedLink> & { now?: Date }): Promise<Result<void>> {
  return applySignedLink(payload, 'confirm', input, { status: 'confirmed', confirmedAt: now.toISOString() })
}
