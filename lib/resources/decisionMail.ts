import type { CollectionAfterChangeHook } from 'payload'

import { getPathname } from '@/i18n/pathnames'
import { isLocale } from '@/i18n/locales'
import { emailHtml, emailText } from '@/lib/email/layout'
import { deliver } from '@/lib/email/deliver'
import { payloadRequestOrigin } from '@/lib/http/origin'
import { translator } from '@/lib/i18n/translator'
import { idOf } from '@/lib/payload/relations'
import type { CommunityResource } from '@/payload-types'

/**
 * When an editor decides on a proposal, its contributor hears of it by e-mail, in the language of their account:
 * a refusal with its reason and a link to "Mes propositions", an approval with a link to the listing where it now
 * stands. Sent once, on the change of status (saving an approved resource again sends nothing).
 */
export const mailDecision: CollectionAfterChangeHook<CommunityResource> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  const status = doc.moderationStatus
  if (operation !== 'update' || status === previousDoc?.moderationStatus) return doc
  if (status !== 'rejected' && status !== 'approved') return doc
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
  const t = translator(locale, status === 'rejected' ? 'emails.proposalRefused' : 'emails.proposalApproved')
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
  const href = status === 'rejected' ? '/espace-aidant/ressources' : '/ressources-communaute'
  const action = { label: t('action'), url: `${payloadRequestOrigin(req)}${getPathname({ href, locale })}` }
  const paragraphs =
    status === 'rejected'
      ? [t('hello', { name: member.name }), t('body', { title }), doc.refusalReason ?? '', t('next')]
      : [t('hello', { name: member.name }), t('body', { title }), t('next')]
  // The decision stands when the mail server fails: the contributor still sees it in their space.
  await deliver(
    req.payload,
    {
      to: member.email,
      subject: t('subject', { title }),
      html: emailHtml({ lang: locale, paragraphs, action, footer: t('footer') }),
      text: emailText(paragraphs, action),
    },
    `resource proposal ${status}`,
  )
  return doc
}
