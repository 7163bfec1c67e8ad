import { setRequestLocale } from 'next-intl/server'

import { MapSearchView } from '@/components/map/MapSearchView'
import type { Locale } from '@/i18n/locales'

export { generateMetadata } from '@/app/(site)/[locale]/cartographie/page'

/**
 * The page without a query string, served from the page cache: the proxy sends `/cartographie` here when there is
 * no search or filter (lib/cache/defaultViews.ts). Expired by the Payload hooks of what it shows.
 */
/** "Open now" and new places follow within a minute: this page has no tag of its own. */
export const revalidate = 60

export default async function CachedMapPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <MapSearchView locale={locale} searchParams={{}} />
}
