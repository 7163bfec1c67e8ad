import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { SiteSearchForm } from '@/components/search/SiteSearchForm'
import { SiteSearchResults } from '@/components/search/SiteSearchResults'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { getPayloadClient } from '@/lib/payload/client'
import { parseSiteSearch, searchSite } from '@/lib/search/site'
import { alternatesFor } from '@/lib/seo/alternates'

/** A search: rendered per request, never stored by a shared cache (the proxy marks it private). */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  return { title: t('title'), alternates: alternatesFor('/recherche', locale), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const input = parseSiteSearch(await searchParams)
  const [t, answer] = await Promise.all([
    getTranslations('search'),
    searchSite(await getPayloadClient(), locale, input),
  ])
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <PageHeading size="lg">{t('title')}</PageHeading>
      <SiteSearchForm q={input.q} kind={input.kind} />
      <SiteSearchResults locale={locale} input={input} answer={answer} />
    </div>
  )
}
