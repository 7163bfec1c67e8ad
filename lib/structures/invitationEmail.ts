import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { deliver } from '@/lib/email/deliver'
import { emailHtml, emailText } from '@/lib/email/layout'
import { translator } from '@/lib/i18n/translator'

/** The invitation e-mail, in the référent's language (the invited person has no account yet). */
export async function sendInvitation(
  payload: Payload,
  {
    email,
    token,
    structureName,
    inviterName,
    locale,
    origin,
  }: { email: string; token: string; structureName: string; inviterName: string; locale: Locale; origin: string },
): Promise<boolean> {
  const t = translator(locale, 'emails.invitation')
  const url = `${origin}${getPathname({ href: { pathname: '/invitation/[token]', params: { token } }, locale })}`
  const paragraphs = [t('hello'), t('body', { name: inviterName, structure: structureName }), t('expiry')]
  const action = { label: t('action'), url }
  return deliver(
    payload,
    {
      to: email,
      subject: t('subject', { structure: structureName }),
      html: emailHtml({ lang: locale, paragraphs, action, footer: t('ignore') }),
      text: emailText(paragraphs, action),
    },
    'structure invitation',
  )
}
