import type { Payload } from 'payload'

import { invalid } from '@/lib/errors'
import { integerId } from '@/lib/http/id'
import { fail, ok, type Result } from '@/lib/result'
import { checkNewsletterToken } from './tokens'

/** What a signed link from a newsletter e-mail carries (links.ts), as read from its query string. */
export type SignedLink = { id: unknown; token: unknown }

type Change = { status: 'confirmed'; confirmedAt: string } | { status: 'unsubscribed'; unsubscribedAt: string }

/**
 * Does what a signed link says to the subscriber it names, once (following it again changes nothing). A
 * damaged or forged link (an id that is not one, an unknown subscriber, a token we did not sign for this
 * purpose) is one refusal, so the answer never tells which addresses are on the list.
 */
export async function applySignedLink(
  payload: Payload,
  purpose: 'confirm' | 'unsubscribe',
  link: SignedLink,
  change: Change,
): Promise<Result<void>> {
  const id = integerId(link.id)
  const refused = fail(invalid({ form: 'tokenInvalid' }, 'invalid link'))
  if (id === null || typeof link.token !== 'string') return refused
  // Subscribers have no account: the signed link is their proof, checked before anything is written.
  const subscriber = await payload.findByID({
    collection: 'newsletter-subscribers',
    id,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!subscriber || !checkNewsletterToken(purpose, id, subscriber.email, link.token)) return refused
  if (subscriber.status !== change.status)
    await payload.update({ collection: 'newsletter-subscribers', id, data: change, overrideAccess: true })
  return ok(undefined)
}
