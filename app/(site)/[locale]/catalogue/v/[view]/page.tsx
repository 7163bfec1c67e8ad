import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { CatalogueView } from '@/components/catalogue/CatalogueView'
import type { Locale } from '@/i18n/locales'
import { parseCatalogueView } from '@/lib/catalogue/view'

export { generateMetadata } from '@/app/(site)/[locale]/catalogue/page'

type Props = { params: Promise<{ locale: Locale; view: string }> }

/** Views are rendered on first request, then served from the page cache until a Payload hook expires them. */
export function generateStaticParams(): { view: string }[] {
  return []
}

export default async function CachedCataloguePage({ params }: Props) {
  const { locale, view } = await params
  setRequestLocale(locale)
  const filters = parseCatalogueView(view)
  if (!filters) notFound()
  return <CatalogueView locale={locale} filters={filters} />
}
