import type { PayloadRequest } from 'payload'

import { escapeHtml } from '@/lib/email/layout'
import { payloadRequestOrigin } from '@/lib/http/origin'

/**
 * Payload's own forgot-password e-mail for staff, with the link on the public origin. Without `serverURL`
 * Payload trusts only a Host listed in cors/csrf and otherwise writes a relative link, useless in an e-mail;
 * behind a proxy the Host is not the public one anyway.
 */
export function staffResetEmailHtml({ req, token = '' }: { req?: PayloadRequest; token?: string } = {}): string {
  const admin = req?.payload.config.routes.admin ?? '/admin'
  const reset = req?.payload.config.admin.routes.reset ?? '/reset'
  const url = escapeHtml(`${payloadRequestOrigin(req)}${admin}${reset}/${encodeURIComponent(token)}`)
  const t = (key: 'youAreReceivingResetPassword' | 'youDidNotRequestPassword') =>
    escapeHtml(req?.t(`authentication:${key}`) ?? '')
  return `<p>${t('youAreReceivingResetPassword')}</p><p><a href="${url}">${url}</a></p><p>${t('youDidNotRequestPassword')}</p>`
}
