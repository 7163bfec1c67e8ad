import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { PeriodAndFilters } from '@/components/statistics/PeriodAndFilters'
import { StatisticsReport } from '@/components/statistics/StatisticsReport'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload/client'
import { statisticsLabels } from '@/lib/statistics/labels'
import { sharedStatistics } from '@/lib/statistics/links'
import { structureName } from '@/lib/statistics/structures'
import { statisticsOf } from '@/lib/statistics/figures'

/**
 * Never cached: a revoked link must stop at once, so every request reads the link again (Next then answers
 * `private, no-cache, no-store`). Not indexed: meta robots here, `X-Robots-Tag` from next.config.mjs.
 */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'statistics' })
  // No canonical or alternates: the token is a secret, not an address to spread.
  return { title: t('public.title'), robots: { index: false, follow: false, nocache: true } }
}

/**
 * A funder's read-only view of a structure's or the platform's figures (issue 17, point 5): the period and
 * filters fixed in the link, every group under five people hidden (`forcePrivacy`), no personal data, no
 * filter form. An unknown or revoked token is a 404 that says the link no longer works (not-found.tsx).
 */
export default async function SharedStatisticsPage({ params }: Props) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const payload = await getPayloadClient()
  const shared = await sharedStatistics(payload, token)
  if (!shared) notFound()
  const t = await getTranslations('statistics')
  const labels = await statisticsLabels(locale)
  const statistics = await statisticsOf(payload, {
    scope: shared.scope,
    filters: shared.filters,
    forcePrivacy: true,
  })
  const subject = shared.structureName ?? t('public.platform')
  const filterStructure = shared.filters.structure ? await structureName(payload, shared.filters.structure) : null

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 print:max-w-none print:p-0">
      <PageHeading>{t('public.title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('public.intro')}</p>
      <PeriodAndFilters
        locale={locale}
        subject={subject}
        filters={shared.filters}
        labels={labels}
        structureName={filterStructure}
      />
      <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t('print')} />
      </div>
      {statistics.suppressed ? (
        <Notice look="soft" className="mt-4">
          {t('suppressed')}
        </Notice>
      ) : null}
      <StatisticsReport statistics={statistics} locale={locale} labels={labels} />
    </div>
  )
}
