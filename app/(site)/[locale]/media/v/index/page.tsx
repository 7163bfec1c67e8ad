import { setRequestLocale } from 'next-intl/server'

import { MediaView } from '@/components/media/MediaView'
import type { Locale } from '@/i18n/locales'

export { generateMetadata } from '@/app/(site)/[locale]/media/page'

/**
 * The page without a query string, served from the page cache: the proxy sends `/media` here when there is
 * no search or filter (lib/cache/defaultViews.ts). Expired by the Payload hooks of what it shows.
 */
export default async function CachedMediaPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <MediaView locale={locale} searchParams={{}} />
}
