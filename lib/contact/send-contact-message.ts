import { lengths } from '@/fields/lengths'
import type { Locale } from '@/i18n/locales'
import { deliver } from '@/lib/email/deliver'
import { emailHtml, emailText } from '@/lib/email/layout'
import { invalid } from '@/lib/errors'
import { checkRequiredText } from '@/lib/forms/checks'
import { noSpamCheck, rateLimited, type SpamGate } from '@/lib/forms/gate'
import type { FieldErrors } from '@/lib/forms/types'
import { translator } from '@/lib/i18n/translator'
import { checkEmail } from '@/lib/members/validation'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

export type ContactInput = { name: string; email: string; subject: string; message: string; language: Locale }

/** Where contact messages go; the form works without it (messages are also kept in /admin). */
const contactAddress = () => process.env.CONTACT_EMAIL || 'contact@123digit.be'

/**
 * Anyone writes to the team: the message is checked, kept in /admin (contact-messages) and e-mailed to the
 * team with the sender as Reply-To. True when it was sent, false when the spam check took it for a bot.
 */
export async function sendContactMessage({
  payload,
  input,
  spam = noSpamCheck,
}: UseCaseArgs<ContactInput> & { spam?: SpamGate }): Promise<Result<boolean>> {
  const [name, email, subject, message] = [input.name, input.email, input.subject, input.message].map((v) =>
    v.trim(),
  ) as [string, string, string, string]
  const errors: FieldErrors = {}
  checkRequiredText(errors, 'name', name, lengths.name)
  checkEmail(errors, email.toLowerCase(), true)
  checkRequiredText(errors, 'subject', subject, lengths.title)
  checkRequiredText(errors, 'message', message, lengths.message)
  if (Object.keys(errors).length) return fail(invalid(errors))
  const verdict = await spam()
  if (verdict === 'limited') return fail(rateLimited())
  if (verdict === 'bot') return ok(false)
  await payload.create({
    collection: 'contact-messages',
    data: { name, email: email.toLowerCase(), subject, message, language: input.language },
    // Visitors write without an account and only staff may create or read messages: the server keeps it.
    overrideAccess: true,
  })
  const paragraphs = [`${name} <${email}>`, subject, message]
  // The team reads every message in /admin (and its dashboard counts them): a mail that could not leave is
  // logged, and the sender is thanked all the same.
  await deliver(
    payload,
    {
      to: contactAddress(),
      replyTo: email,
      subject: `[123Digit contact] ${subject}`,
      html: emailHtml({
        lang: input.language,
        paragraphs,
        footer: translator(input.language, 'contact')('emailFooter'),
      }),
      text: emailText(paragraphs),
    },
    'contact message',
  )
  return ok(true)
}
