import type { CollectionAfterChangeHook } from 'payload'

import { getPathname } from '@/i18n/pathnames'
import { isLocale } from '@/i18n/locales'
import { emailHtml, emailText } from '@/lib/email/layout'
import { loggableError } from '@/lib/email/loggableError'
import { payloadRequestOrigin } from '@/lib/http/origin'
import { translator } from '@/lib/i18n/translator'
import { idOf } from '@/lib/payload/relations'
import type { CommunityResource } from '@/payload-types'

/**
 * When an editor refuses a proposal, its contributor gets the reason by e-mail, in the language of their
 * account, with a link to "Mes propositions". Sent once, on the change to `rejected`.
 */
export const mailRefusal: CollectionAfterChangeHook<CommunityResource> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  if (operation !== 'update' || doc.moderationStatus !== 'rejected' || previousDoc?.moderationStatus === 'rejected')
    return doc
  const memberId = idOf(doc.proposedBy as number | { id: number } | null | undefined)
  if (memberId === null) return doc
  const member = await req.payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!member?.email) return doc
  const locale = isLocale(member.locale) ? member.locale : 'fr'
  const t = translator(locale, 'emails.proposalRefused')
  const title = (
    await req.payload.findByID({
      collection: 'community-resources',
      id: doc.id,
      locale,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).title
  const action = {
    label: t('action'),
    url: `${payloadRequestOrigin(req)}${getPathname({ href: '/espace-aidant/ressources', locale })}`,
  }
  const paragraphs = [t('hello', { name: member.name }), t('body', { title }), doc.refusalReason ?? '', t('next')]
  // The decision stands when the mail server fails: the contributor still sees the reason in their space.
  await req.payload
    .sendEmail({
      to: member.email,
      subject: t('subject', { title }),
      html: emailHtml({ lang: locale, paragraphs, action, footer: t('footer') }),
      text: emailText(paragraphs, action),
    })
    .catch((err: unknown) => req.payload.logger.warn({ err: loggableError(err), msg: 'refusal e-mail not sent' }))
  return doc
}
