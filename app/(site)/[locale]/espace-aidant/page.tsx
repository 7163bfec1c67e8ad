import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { icons, SpaceLinks } from '@/components/members/SpaceLinks'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { pendingRequestOf } from '@/lib/structures/membership'
import { alternatesFor } from '@/lib/seo/alternates'
import type { Structure } from '@/payload-types'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'spaces' })
  return { title: t('aidantTitle'), alternates: alternatesFor('/espace-aidant', locale), robots: { index: false } }
}

/** The aidant's home: their structure at a glance, and where to go next. (Workshops and follow-up come later.) */
export default async function AidantSpacePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const member = await requireMember(locale, getPathname({ href: '/espace-aidant', locale }), { aidant: true })
  const t = await getTranslations('spaces')
  const structure = typeof member.structure === 'object' ? (member.structure as Structure | null) : null
  const pending = structure ? null : await pendingRequestOf(await getPayloadClient(), member)

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-extrabold text-brand-900">{t('aidantTitle')}</h1>
      <p className="mt-2 text-lg text-slate-700">{t('aidantIntro', { name: member.name })}</p>
      <p className="mt-4 rounded-lg bg-brand-50 p-4 text-lg" role="status">
        {structure
          ? t('yourStructure', { name: structure.name })
          : pending
            ? t('pendingRequest', { name: pending.structure.name })
            : t('noStructure')}
        {structure && member.structureRole === 'referent' ? (
          <span className="block font-semibold">{t('referentBadge')}</span>
        ) : null}
      </p>
      <div className="mt-6">
        <SpaceLinks
          links={[
            { href: '/espace-aidant/structure', label: t('structureCta'), icon: icons.building },
            { href: '/catalogue', label: t('catalogueCta'), icon: icons.book },
            { href: '/espace-apprenant', label: t('learnerSpaceLink'), icon: icons.learn },
            { href: '/compte', label: t('accountCta'), icon: icons.person },
          ]}
        />
      </div>
    </div>
  )
}
