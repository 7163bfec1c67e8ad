import type { Locale } from '@/i18n/locales'
import { newsletterToken } from './tokens'

type Subscriber = { id: number; email: string }

// `origin` is the site's public origin (lib/http/origin.ts): the request's for a subscription, the one
// recorded when the editor pressed "send" for an issue (lib/newsletter/send.ts).

export const confirmUrl = (origin: string, s: Subscriber, locale: Locale) =>
  `${origin}/api/newsletter/confirm?${new URLSearchParams({ id: String(s.id), token: newsletterToken('confirm', s.id, s.email), locale })}`

export const unsubscribeUrl = (origin: string, s: Subscriber, locale: Locale) =>
  `${origin}/api/newsletter/unsubscribe?${new URLSearchParams({ id: String(s.id), token: newsletterToken('unsubscribe', s.id, s.email), locale })}`

/** An article link that counts the click (app/api/newsletter/click) before going to the article. */
export const trackedArticleUrl = (origin: string, newsletterId: number, articleId: number) =>
  `${origin}/api/newsletter/click?${new URLSearchParams({ n: String(newsletterId), a: String(articleId) })}`
