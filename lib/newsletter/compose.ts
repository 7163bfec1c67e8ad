import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import type { Article, Event, Newsletter } from '@/payload-types'
import { escapeHtml } from '@/lib/email/layout'
import { formatEventDate } from '@/lib/events/format'
import { translator } from '@/lib/i18n/translator'
import { trackedArticleUrl } from './links'

export type NewsletterMail = { subject: string; html: string; text: string; headers: Record<string, string> }

/**
 * A newsletter issue as an e-mail for one reader: tracked article links, events, and a one-click unsubscribe.
 * `origin` is the site's public origin the links point at (lib/newsletter/send.ts says which).
 */
export function composeNewsletter(
  newsletter: Newsletter,
  origin: string,
  unsubscribe: string,
  test = false,
): NewsletterMail {
  const locale = newsletter.language as Locale
  const t = translator(locale, 'newsletter.issue')
  const articles = (newsletter.articles ?? []).filter((a): a is Article => typeof a === 'object')
  const events = (newsletter.events ?? []).filter((e): e is Event => typeof e === 'object')
  const link = (url: string, label: string) =>
    `<a href="${escapeHtml(url)}" style="color:#1d4ed8;font-weight:bold">${escapeHtml(label)}</a>`
  const eventUrl = (event: Event) =>
    `${origin}${getPathname({ href: { pathname: '/evenements/[slug]', params: { slug: event.slug } }, locale })}`

  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;font-size:18px;line-height:1.5;color:#0f172a;max-width:600px;margin:0 auto;padding:24px">`,
    `<p style="font-size:24px;font-weight:bold;color:#1d4ed8;margin:0 0 24px">123Digit</p>`,
    ...newsletter.intro.split(/\n\s*\n/).map((p) => `<p style="margin:0 0 16px">${escapeHtml(p.trim())}</p>`),
    articles.length ? `<h2 style="font-size:22px;margin:32px 0 8px">${escapeHtml(t('articles'))}</h2>` : '',
    ...articles.map(
      (a) =>
        `<p style="margin:0 0 4px">${link(trackedArticleUrl(origin, newsletter.id, a.id), a.title)}</p><p style="margin:0 0 16px">${escapeHtml(a.excerpt)}</p>`,
    ),
    events.length ? `<h2 style="font-size:22px;margin:32px 0 8px">${escapeHtml(t('events'))}</h2>` : '',
    ...events.map(
      (e) =>
        `<p style="margin:0 0 4px">${link(eventUrl(e), e.title)}</p><p style="margin:0 0 16px">${escapeHtml(formatEventDate(e, locale))}</p>`,
    ),
    `<p style="margin:32px 0 0;font-size:14px;color:#475569">${escapeHtml(t('footer'))} ${link(unsubscribe, t('unsubscribe'))}</p>`,
    '</body></html>',
  ].join('')
  const text = [
    newsletter.intro,
    ...(articles.length
      ? [
          t('articles'),
          ...articles.map((a) => `${a.title}\n${a.excerpt}\n${trackedArticleUrl(origin, newsletter.id, a.id)}`),
        ]
      : []),
    ...(events.length
      ? [t('events'), ...events.map((e) => `${e.title}\n${formatEventDate(e, locale)}\n${eventUrl(e)}`)]
      : []),
    `${t('footer')} ${t('unsubscribe')} : ${unsubscribe}`,
  ].join('\n\n')
  return {
    subject: test ? `[${t('test')}] ${newsletter.subject}` : newsletter.subject,
    html,
    text,
    // Mail programs show their own "unsubscribe" button from these (RFC 2369, RFC 8058).
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
