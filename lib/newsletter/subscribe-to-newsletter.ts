import type { Locale } from '@/i18n/locales'
import { emailHtml, emailText } from '@/lib/email/layout'
import { invalid } from '@/lib/errors'
import { noSpamCheck, rateLimited, type SpamGate } from '@/lib/forms/gate'
import type { FieldErrors } from '@/lib/forms/types'
import { translator } from '@/lib/i18n/translator'
import { checkEmail, normalizeEmail } from '@/lib/members/validation'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
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
  const { docs } = await payload.find({
    collection: 'newsletter-subscribers',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  const existing = docs[0]
  if (existing?.status === 'confirmed') return ok(undefined)
  const { language } = input
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
  const action = { label: t('action'), url: confirmUrl(input.origin, subscriber, language) }
  const paragraphs = [t('hello'), t('body')]
  await payload.sendEmail({
    to: email,
    subject: t('subject'),
    html: emailHtml({ lang: language, paragraphs, action, footer: t('ignore') }),
    text: emailText(paragraphs, action),
  })
  return ok(undefined)
}
