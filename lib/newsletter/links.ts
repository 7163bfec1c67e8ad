import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { newsletterToken } from './tokens'

type Subscriber = { id: number; email: string }

export const confirmUrl = (s: Subscriber, locale: Locale) =>
  `${siteUrl()}/api/newsletter/confirm?${new URLSearchParams({ id: String(s.id), token: newsletterToken('confirm', s.id, s.email), locale })}`

export const unsubscribeUrl = (s: Subscriber, locale: Locale) =>
  `${siteUrl()}/api/newsletter/unsubscribe?${new URLSearchParams({ id: String(s.id), token: newsletterToken('unsubscribe', s.id, s.email), locale })}`

/** An article link that counts the click (app/api/newsletter/click) before going to the article. */
export const trackedArticleUrl = (newsletterId: number, articleId: number) =>
  `${siteUrl()}/api/newsletter/click?${new URLSearchParams({ n: String(newsletterId), a: String(articleId) })}`
