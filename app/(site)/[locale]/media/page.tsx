import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MediaView } from '@/components/media/MediaView'
import type { Locale } from '@/i18n/locales'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

/**
 * With a search or filters (query string): rendered per request. Without, the proxy serves the cached
 * `v/index` route instead (lib/cache/defaultViews.ts).
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'media' })
  return {
    title: t('title'),
    description: t('intro'),
    alternates: {
      ...alternatesFor('/media', locale),
      types: { 'application/rss+xml': `/${locale}/media/feed.xml` },
    },
  }
}

/** The média: articles for aidants, by category, with a search. */
export default async function MediaPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <MediaView locale={locale} searchParams={await searchParams} />
}
