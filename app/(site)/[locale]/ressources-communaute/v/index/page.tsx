import { setRequestLocale } from 'next-intl/server'

import { CommunityResourcesView } from '@/components/catalogue/CommunityResourcesView'
import type { Locale } from '@/i18n/locales'

export { generateMetadata } from '@/app/(site)/[locale]/ressources-communaute/page'

/**
 * The page without a query string, served from the page cache: the proxy sends `/ressources-communaute` here when there is
 * no search or filter (lib/cache/defaultViews.ts). Expired by the Payload hooks of what it shows.
 */
export default async function CachedCommunityResourcesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <CommunityResourcesView locale={locale} searchParams={{}} />
}
