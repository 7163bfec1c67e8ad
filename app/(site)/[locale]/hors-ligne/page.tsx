import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { RetryButton } from '@/components/offline/RetryButton'
import { LinkButton } from '@/components/ui/LinkButton'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'offline' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * Served by the service worker, from its precache, for a page opened with no connection that was not kept
 * for offline use (sw/sw.ts). The same for everyone: it reads no session, so it can be stored.
 */
export default async function OfflinePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('offline')
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-3 text-xl">{t('intro')}</p>
      <p className="mt-3 text-lg">{t('kept')}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <RetryButton label={t('retry')} />
        <LinkButton href="/espace-apprenant" size="lg" variant="neutral">
          {t('learnerSpace')}
        </LinkButton>
      </div>
    </div>
  )
}
