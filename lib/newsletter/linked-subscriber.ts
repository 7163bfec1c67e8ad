import type { Payload } from 'payload'

import { invalid } from '@/lib/errors'
import { integerId } from '@/lib/http/id'
import { fail, ok, type Result } from '@/lib/result'
import type { NewsletterSubscriber } from '@/payload-types'
import { checkNewsletterToken } from './tokens'

/** What a signed link from a newsletter e-mail carries (links.ts), as read from its query string. */
export type SignedLink = { id: unknown; token: unknown }

/**
 * The subscriber a signed link names. A damaged or forged link (an id that is not one, an unknown subscriber,
 * a token we did not sign) is one refusal, so the answer never tells which addresses are on the list.
 */
export async function linkedSubscriber(
  payload: Payload,
  purpose: 'confirm' | 'unsubscribe',
  link: SignedLink,
): Promise<Result<NewsletterSubscriber>> {
  const id = integerId(link.id)
  const refused = fail<NewsletterSubscriber>(invalid({ form: 'tokenInvalid' }, 'invalid link'))
  if (id === null || typeof link.token !== 'string') return refused
  const subscriber = await payload.findByID({
    collection: 'newsletter-subscribers',
    id,
    // The link is the subscriber's proof: checked just below, before anything is read or written.
    overrideAccess: true,
    disableErrors: true,
  })
  if (!subscriber || !checkNewsletterToken(purpose, id, subscriber.email, link.token)) return refused
  return ok(subscriber)
}
