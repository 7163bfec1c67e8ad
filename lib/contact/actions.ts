'use server'

import { getTranslations } from 'next-intl/server'

import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { emailHtml, emailText } from '@/lib/email/layout'
import { errorState, okState } from '@/lib/forms/state'
import { spamCheck } from '@/lib/forms/spam'
import { checkEmail } from '@/lib/members/validation'
import type { FieldErrors } from '@/lib/forms/types'
import { getPayloadClient } from '@/lib/payload/client'
import { actionForm } from '@/lib/http/actionArgs'
import { lengths } from '@/fields/lengths'

/** Where contact messages go; the form works without it (messages are also kept in /admin). */
const contactAddress = () => process.env.CONTACT_EMAIL || 'contact@123digit.be'

/** The contact form: checked, kept in /admin (contact-messages), and e-mailed to the team. */
export async function contactAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const t = await getTranslations({ locale, namespace: 'contact' })
  const value = (name: string) => String(form.get(name) ?? '').trim()
  const [name, email, subject, message] = ['name', 'email', 'subject', 'message'].map(value) as [
    string,
    string,
    string,
    string,
  ]
  const errors: FieldErrors = {}
  if (!name) errors.name = 'required'
  else if (name.length > lengths.name) errors.name = 'tooLong'
  checkEmail(errors, email.toLowerCase(), true)
  if (!subject) errors.subject = 'required'
  else if (subject.length > lengths.title) errors.subject = 'tooLong'
  if (!message) errors.message = 'required'
  else if (message.length > lengths.message) errors.message = 'tooLong'
  if (Object.keys(errors).length) return errorState(errors, form)

  const spam = await spamCheck(form)
  if (spam === 'limited') return errorState({ form: 'rateLimited' }, form)
  if (spam === 'bot') return okState(t('thanks'))
  const payload = await getPayloadClient()
  await payload.create({
    collection: 'contact-messages',
    data: { name, email: email.toLowerCase(), subject, message, language: locale },
    overrideAccess: true,
  })
  const paragraphs = [`${name} <${email}>`, subject, message]
  await payload.sendEmail({
    to: contactAddress(),
    replyTo: email,
    subject: `[123Digit contact] ${subject}`,
    html: emailHtml({ lang: locale, paragraphs, footer: t('emailFooter') }),
    text: emailText(paragraphs),
  })
  return okState(t('thanks'))
}
