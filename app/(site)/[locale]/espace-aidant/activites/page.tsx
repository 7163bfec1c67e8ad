import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { AccompanimentForm } from '@/components/aidant/AccompanimentForm'
import { RecentActivities } from '@/components/aidant/RecentActivities'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { recentActivities } from '@/lib/accompaniments/recent'
import { requireMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'accompaniment' })
  return { title: t('title'), robots: { index: false } }
}

/** The activity log on a phone: the form first (one-to-one, today, 30 min are filled in), then the latest ones. */
export default async function ActivitiesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: '/espace-aidant/activites', locale })
  const member = await requireMember(locale, here, { aidant: true })
  const [t, s] = await Promise.all([getTranslations('accompaniment'), getTranslations('spaces')])
  const recent = member.structure ? await recentActivities(await getPayloadClient(), member) : []
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <TextLink href="/espace-aidant">← {s('aidantTitle')}</TextLink>
      <PageHeading>{t('title')}</PageHeading>
      {member.structure ? (
        <>
          <p className="mt-2 text-lg text-slate-700">{t('pageIntro')}</p>
          <div className="mt-4 max-w-xl">
            <AccompanimentForm />
          </div>
          <RecentActivities activities={recent} locale={locale} />
        </>
      ) : (
        <Notice tone="warning" look="soft" className="mt-4 text-lg">
          {s('noStructure')}
        </Notice>
      )}
    </div>
  )
}
