import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MyDiagnostics } from '@/components/diagnostic/MyDiagnostics'
import { icons, SpaceLinks } from '@/components/members/SpaceLinks'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { alternatesFor } from '@/lib/seo/alternates'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'spaces' })
  return { title: t('learnerTitle'), alternates: alternatesFor('/espace-apprenant', locale), robots: { index: false } }
}

/** The learner space, for apprenants and aidants: large buttons, few choices. (Progress and workshops come later.) */
export default async function LearnerSpacePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const member = await requireMember(locale, getPathname({ href: '/espace-apprenant', locale }))
  const [t, d, payload] = await Promise.all([
    getTranslations('spaces'),
    getTranslations('diagnostic.history'),
    getPayloadClient(),
  ])
  // The member's own results, read with their own rights (access/diagnosticResultRead.ts).
  const { docs: results } = await payload.find({
    collection: 'diagnostic-results',
    where: { member: { equals: member.id } },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
    user: member,
    overrideAccess: false,
  })
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-extrabold text-brand-900">{t('learnerTitle')}</h1>
      <p className="mt-2 text-xl text-slate-700">{t('learnerIntro', { name: member.name })}</p>
      <div className="mt-6">
        <SpaceLinks
          links={[
            { href: '/catalogue', label: t('learnerCta'), icon: icons.book },
            { href: '/diagnostic', label: t('diagnosticCta'), icon: icons.check },
            { href: '/compte', label: t('accountCta'), icon: icons.person },
          ]}
        />
      </div>
      <section aria-labelledby="diagnostics-title" className="mt-10">
        <h2 id="diagnostics-title" className="mb-3 text-2xl font-bold">
          {d('title')}
        </h2>
        <MyDiagnostics results={results} />
      </section>
    </div>
  )
}
