import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { uniqueRefusal } from '@/lib/concurrency/lease'
import { deliver } from '@/lib/email/deliver'
import { emailHtml, emailText } from '@/lib/email/layout'
import { invalid, unavailable } from '@/lib/errors'
import { noSpamCheck, rateLimited, type SpamGate } from '@/lib/forms/gate'
import type { FieldErrors } from '@/lib/forms/types'
import { translator } from '@/lib/i18n/translator'
import { checkEmail, normalizeEmail } from '@/lib/members/validation'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { NewsletterSubscriber } from '@/payload-types'
import { confirmUrl } from './links'

/** `origin`: the public origin of the request (lib/http/origin.ts), for the confirmation link. */
export type SubscribeInput = { email: string; language: Locale; origin: string }

/**
 * Step 1 of the double opt-in: the address is recorded as pending and gets a confirmation link. An address
 * already confirmed gets no mail, and the visitor sees the same answer, so nobody learns who subscribed (a bot
 * too: nothing is written for it).
 */
export async function subscribeToNewsletter({
  payload,
  input,
  spam = noSpamCheck,
}: UseCaseArgs<SubscribeInput> & { spam?: SpamGate }): Promise<Result<void>> {
  const email = normalizeEmail(input.email)
  const errors: FieldErrors = {}
  checkEmail(errors, email, true)
  if (Object.keys(errors).length) return fail(invalid(errors))
  const verdict = await spam()
  if (verdict === 'limited') return fail(rateLimited())
  if (verdict === 'bot') return ok(undefined)
  // Visitors subscribe without an account and the list is staff only: every write here is the server's.
  const subscriber = await recordPending(payload, email, input.language).catch((error: unknown) => {
    // The same address sent twice at once (two instances): the unique address refused the second row, which
    // now finds the first.
    if (uniqueRefusal(error, 'email')) return recordPending(payload, email, input.language)
    throw error
  })
  if (!subscriber) return ok(undefined)
  const { language } = input
  const t = translator(language, 'newsletter.confirmMail')
  const action = { label: t('action'), url: confirmUrl(input.origin, subscriber, language) }
  const paragraphs = [t('hello'), t('body')]
  const mailed = await deliver(
    payload,
    {
      to: email,
      subject: t('subject'),
      html: emailHtml({ lang: language, paragraphs, action, footer: t('ignore') }),
      text: emailText(paragraphs, action),
    },
    'newsletter confirmation',
  )
  // Without its link the address stays pending (never mailed a newsletter); sending the form again retries.
  return mailed ? ok(undefined) : fail(unavailable({ form: 'mailNotSent' }))
}

/** The address as pending in `language`; null when it is already confirmed (nothing to do). */
async function recordPending(payload: Payload, email: string, language: Locale): Promise<NewsletterSubscriber | null> {
  const { docs } = await payload.find({
    collection: 'newsletter-subscribers',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  const existing = docs[0]
  if (existing?.status === 'confirmed') return null
  return existing
    ? payload.update({
        collection: 'newsletter-subscribers',
        id: existing.id,
        data: { status: 'pending', language },
        overrideAccess: true,
      })
    : payload.create({
        collection: 'newsletter-subscribers',
        data: { email, language, status: 'pending' },
        overrideAccess: true,
      })
}
