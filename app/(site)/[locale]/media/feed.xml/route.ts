import { isLocale } from '@/i18n/locales'
import { translator } from '@/lib/i18n/translator'
import { rssFeed } from '@/lib/media/feed'
import { latestArticles } from '@/lib/media/queries'
import { publicOrigin } from '@/lib/http/origin'

/** The média's RSS feed in one language: the 20 latest articles written in it. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = translator(locale, 'media')
  const { docs } = await latestArticles(locale, 20)
  const body = rssFeed({
    site: publicOrigin(request),
    locale,
    title: t('feedTitle'),
    description: t('intro'),
    articles: docs,
  })
  return new Response(body, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=600' },
  })
}
