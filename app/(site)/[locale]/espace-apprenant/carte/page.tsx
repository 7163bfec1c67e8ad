import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CardSheet } from '@/components/workshops/CardSheet'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import { TextLink } from '@/components/ui/TextLink'
import type { Locale } from '@/i18n/locales'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'
import { cardView } from '@/lib/workshops/cardView'
import { getCurrentLearner } from '@/lib/workshops/learner'
import { cardOf } from '@/lib/workshops/progressCards'

/** Reads the participant's cookie: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'progressCard' })
  return { title: t('myCardTitle'), robots: { index: false } }
}

/**
 * The participant's own card, to show on screen or print: their code reopens their progress on any device.
 * Only for a participant without an account (a member signs in instead); anyone else gets a 404.
 */
export default async function MyCardPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const learner = await getCurrentLearner()
  if (!learner.participant || learner.member) notFound()
  const [t, p, card] = await Promise.all([
    getTranslations('progressCard'),
    getTranslations('print'),
    cardOf(await getPayloadClient(), learner.participant),
  ])
  // A dynamic page: the QR code points at the host the learner is on (lib/http/origin.ts).
  const view = await cardView(card, await requestOrigin(), locale)
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 print:p-0">
      <div className="print:hidden">
        <TextLink href="/espace-apprenant">← {t('backToSpace')}</TextLink>
        <PageHeading>{t('myCardTitle')}</PageHeading>
        <p className="mt-2 text-lg">{t('myCardIntro')}</p>
        <div className="mt-4">
          <PrintButton label={p('print')} />
        </div>
      </div>
      <CardSheet cards={[view]} />
    </div>
  )
}
