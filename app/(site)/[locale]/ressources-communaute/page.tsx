import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CommunityResourcesView } from '@/components/catalogue/CommunityResourcesView'
import type { Locale } from '@/i18n/locales'
import { type RawSearchParams } from '@/lib/catalogue/filters'
import { alternatesFor } from '@/lib/seo/alternates'

/**
 * With a search or filters (query string): rendered per request. Without, the proxy serves the cached
 * `v/index` route instead (lib/cache/defaultViews.ts).
 */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'resources' })
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/ressources-communaute', locale) }
}

export default async function CommunityResourcesPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <CommunityResourcesView locale={locale} searchParams={await searchParams} />
}
