import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Newsletter } from '@/payload-types'
import { composeNewsletter } from './compose'
import { unsubscribeUrl } from './links'
import { lengths } from '@/fields/lengths'
import { refusalOf } from '@/lib/payload/errors'

const batchSize = 25

async function load(payload: Payload, id: number): Promise<Newsletter> {
  const { language } = await payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true })
  // Articles and events in the language.
  return payload.findByID({ collection: 'newsletters', id, depth: 1, locale: language as Locale, overrideAccess: true })
}

/** The issue, to the editor alone, marked as a test; `origin` is the public origin of the editor's request. */
export async function sendTest(payload: Payload, id: number, to: string, origin: string): Promise<void> {
  const newsletter = await load(payload, id)
  const unsubscribe = unsubscribeUrl(origin, { id: 0, email: to }, newsletter.language as Locale)
  const mail = composeNewsletter(newsletter, origin, unsubscribe, true)
  await payload.sendEmail({ to, ...mail })
}

const readersOf = (newsletter: Newsletter): Where => ({
  and: [{ status: { equals: 'confirmed' } }, { language: { equals: newsletter.language } }],
})

/** The counters from its delivery rows: right whichever runner (or two) did the work. */
async function progressOf(payload: Payload, id: number) {
  const count = async (status: 'sent' | 'failed') =>
    (
      await payload.count({
        collection: 'newsletter-deliveries',
        where: { and: [{ newsletter: { equals: id } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
    ).totalDocs
  return { sentCount: await count('sent'), failedCount: await count('failed') }
}

/**
 * Sends the issue to every confirmed subscriber of its language, in batches, updating its counters after
 * each batch for the admin. Each delivery row is written before its mail leaves, under a unique key: running
 * it again after an interruption skips everyone already handled, so nobody gets the issue twice (a mail cut
 * off mid-send is not retried: at most once).
 *
 * `origin` is the public origin recorded when the editor pressed "send" (NEXT_PUBLIC_SERVER_URL when set,
 * else the host the editor reached through the trusted proxy): the sending runs after that request is over,
 * possibly elsewhere, and must not fall back to localhost. The job carries it in its input.
 */
export async function sendNewsletter(
  payload: Payload,
  id: number,
  origin: string,
): Promise<{ sent: number; failed: number }> {
  const newsletter = await load(payload, id)
  const { totalDocs: totalCount } = await payload.count({
    collection: 'newsletter-subscribers',
    where: readersOf(newsletter),
    overrideAccess: true,
  })
  await payload.update({
    collection: 'newsletters',
    id,
    data: { status: 'sending', totalCount, ...(await progressOf(payload, id)) },
    overrideAccess: true,
  })
  let sent = 0
  let failed = 0
  // After the last id handled rather than by page number: a reader who leaves mid-sending shifts no one out.
  for (let after = 0; ; ) {
    const batch = await payload.find({
      collection: 'newsletter-subscribers',
      where: { and: [readersOf(newsletter), { id: { greater_than: after } }] },
      sort: 'id',
      limit: batchSize,
      depth: 0,
      overrideAccess: true,
    })
    for (const subscriber of batch.docs) {
      after = subscriber.id
      const key = `${id}:${subscriber.id}`
      const delivery = await payload
        .create({
          collection: 'newsletter-deliveries',
          data: { key, newsletter: id, subscriber: subscriber.id, status: 'sending' },
          overrideAccess: true,
        })
        .catch((err: unknown) => {
          // A refused row is the unique key: an earlier run handled this subscriber. Anything else is a fault;
          // the subscriber is skipped (at most once) and the log says who, by id.
          if (!refusalOf(err))
            payload.logger.error({
              err,
              msg: 'newsletter delivery not recorded',
              newsletter: id,
              subscriber: subscriber.id,
            })
          return null
        })
      if (!delivery) continue
      try {
        await payload.sendEmail({
          to: subscriber.email,
          ...composeNewsletter(newsletter, origin, unsubscribeUrl(origin, subscriber, newsletter.language as Locale)),
        })
        await payload.update({
          collection: 'newsletter-deliveries',
          id: delivery.id,
          data: { status: 'sent' },
          overrideAccess: true,
        })
        sent++
      } catch (error) {
        // The reason is kept on the delivery for the editors; the log gets ids only (an SMTP refusal may quote
        // the address).
        payload.logger.warn({ msg: 'newsletter e-mail not sent', newsletter: id, delivery: delivery.id })
        await payload.update({
          collection: 'newsletter-deliveries',
          id: delivery.id,
          data: {
            status: 'failed',
            error: (error instanceof Error ? error.message : String(error)).slice(0, lengths.summary),
          },
          overrideAccess: true,
        })
        failed++
      }
    }
    if (!batch.hasNextPage) break
    await payload.update({ collection: 'newsletters', id, data: await progressOf(payload, id), overrideAccess: true })
  }
  await payload.update({
    collection: 'newsletters',
    id,
    data: { status: 'sent', sentAt: new Date().toISOString(), ...(await progressOf(payload, id)) },
    overrideAccess: true,
  })
  return { sent, failed }
}
