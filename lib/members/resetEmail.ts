import type { PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { emailHtml } from '@/lib/email/layout'
import { translator } from '@/lib/i18n/translator'
import { payloadRequestOrigin } from '@/lib/http/origin'

type Args = { req?: PayloadRequest; token?: string; user?: { locale?: unknown; name?: unknown } }

const localeOf = (user: Args['user']) => (isLocale(user?.locale) ? user.locale : 'fr')

/**
 * Payload's forgot-password e-mail, in the member's language, linking to our own reset page on the public
 * origin: the one the caller left in the context (lib/members/request-password-reset.ts), or the REST
 * request's (lib/auth/loginGuard.ts passes its headers on).
 */
export function resetEmailHtml({ req, token = '', user }: Args = {}): string {
  const locale = localeOf(user)
  const t = translator(locale, 'emails.reset')
  const url = `${payloadRequestOrigin(req)}${getPathname({ href: { pathname: '/mot-de-passe/nouveau', query: { token } }, locale })}`
  return emailHtml({
    lang: locale,
    paragraphs: [t('hello', { name: String(user?.name ?? '') }), t('body'), t('expiry')],
    action: { label: t('action'), url },
    footer: t('ignore'),
  })
}

export function resetEmailSubject({ user }: Args = {}): string {
  return translator(localeOf(user), 'emails.reset')('subject')
}
