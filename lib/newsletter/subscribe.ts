import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { emailHtml, emailText } from '@/lib/email/layout'
import { translator } from '@/lib/i18n/translator'
import { confirmUrl } from './links'
import { checkNewsletterToken } from './tokens'

/**
 * Step 1 of the double opt-in: record the address as pending and mail a confirmation link. An address
 * already confirmed gets no mail (and the visitor sees the same answer, so nobody learns who subscribed).
 */
export async function subscribe(payload: Payload, email: string, language: Locale): Promise<void> {
  const { docs } = await payload.find({
    collection: 'newsletter-subscribers',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  const existing = docs[0]
  if (existing?.status === 'confirmed') return
  const subscriber = existing
    ? await payload.update({
        collection: 'newsletter-subscribers',
        id: existing.id,
        data: { status: 'pending', language },
        overrideAccess: true,
      })
    : await payload.create({
        collection: 'newsletter-subscribers',
        data: { email, language, status: 'pending' },
        overrideAccess: true,
      })
  const t = translator(language, 'newsletter.confirmMail')
  const action = { label: t('action'), url: confirmUrl(subscriber, language) }
  const paragraphs = [t('hello'), t('body')]
  await payload.sendEmail({
    to: email,
    subject: t('subject'),
    html: emailHtml({ lang: language, paragraphs, action, footer: t('ignore') }),
    text: emailText(paragraphs, action),
  })
}

/** Step 2: the link from the mail. True when the address is (now) confirmed. */
export async function confirmSubscription(payload: Payload, id: number, token: string): Promise<boolean> {
  const subscriber = await payload.findByID({
    collection: 'newsletter-subscribers',
    id,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!subscriber || !checkNewsletterToken('confirm', id, subscriber.email, token)) return false
  if (subscriber.status !== 'confirmed')
    await payload.update({
      collection: 'newsletter-subscribers',
      id,
      data: { status: 'confirmed', confirmedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  return true
}

/** One click from any newsletter: no sign-in, no question asked. */
export async function unsubscribe(payload: Payload, id: number, token: string): Promise<boolean> {
  const subscriber = await payload.findByID({
    collection: 'newsletter-subscribers',
    id,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!subscriber || !checkNewsletterToken('unsubscribe', id, subscriber.email, token)) return false
  if (subscriber.status !== 'unsubscribed')
    await payload.update({
      collection: 'newsletter-subscribers',
      id,
      data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  return true
}
