import { setRequestLocale } from 'next-intl/server'

import { FaqView } from '@/components/faq/FaqView'
import type { Locale } from '@/i18n/locales'

export { generateMetadata } from '@/app/(site)/[locale]/faq/page'

/**
 * The page without a query string, served from the page cache: the proxy sends `/faq` here when there is
 * no search or filter (lib/cache/defaultViews.ts). Expired by the Payload hooks of what it shows.
 */
export default async function CachedFaqPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  return <FaqView locale={locale} searchParams={{}} />
}
