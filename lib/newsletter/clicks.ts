import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'

const campaign = (newsletterId: number) =>
  new URLSearchParams({ utm_source: 'newsletter', utm_medium: 'email', utm_campaign: `newsletter-${newsletterId}` })

const isId = (value: number) => Number.isSafeInteger(value) && value > 0

/**
 * Counts a click from a newsletter to an article and returns where to send the reader: the article, with
 * the campaign in its URL (utm_*). An article the public may not read (a draft, one scheduled for later, one
 * removed) sends to the média's list, uncounted, so the link never reveals its slug. Null when the link does
 * not match a newsletter.
 */
export async function countClick(payload: Payload, newsletterId: number, articleId: number): Promise<string | null> {
  if (!isId(newsletterId) || !isId(articleId)) return null
  const [newsletter, article] = await Promise.all([
    payload.findByID({
      collection: 'newsletters',
      id: newsletterId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    }),
    // Read as the public (no user, access applied): published and due articles only.
    payload.findByID({ collection: 'articles', id: articleId, depth: 0, overrideAccess: false, disableErrors: true }),
  ])
  if (!newsletter) return null
  const locale = newsletter.language as Locale
  if (!article) return `${getPathname({ href: '/media', locale })}?${campaign(newsletter.id)}`
  const key = `${newsletter.id}:${article.id}`
  const { docs } = await payload.find({
    collection: 'newsletter-clicks',
    where: { key: { equals: key } },
    limit: 1,
    overrideAccess: true,
  })
  if (docs[0])
    await payload.update({
      collection: 'newsletter-clicks',
      id: docs[0].id,
      data: { clicks: docs[0].clicks + 1 },
      overrideAccess: true,
    })
  else
    await payload.create({
      collection: 'newsletter-clicks',
      data: { key, newsletter: newsletter.id, article: article.id, clicks: 1 },
      overrideAccess: true,
    })
  const path = getPathname({ href: { pathname: '/media/[slug]', params: { slug: article.slug } }, locale })
  return `${path}?${campaign(newsletter.id)}`
}
