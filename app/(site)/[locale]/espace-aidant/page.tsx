import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { icons, SpaceLinks } from '@/components/members/SpaceLinks'
import { LinkButton } from '@/components/ui/LinkButton'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { brusselsFormat } from '@/lib/time/brussels'
import { getPayloadClient } from '@/lib/payload/client'
import { pendingRequestOf } from '@/lib/structures/queries'
import { alternatesFor } from '@/lib/seo/alternates'
import { displayCode } from '@/lib/workshops/code'
import { workshopsOf } from '@/lib/workshops/queries'
import type { Structure } from '@/payload-types'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'spaces' })
  return { title: t('aidantTitle'), alternates: alternatesFor('/espace-aidant', locale), robots: { index: false } }
}

/** The aidant's home: their structure at a glance, their workshops, and where to go next. */
export default async function AidantSpacePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const member = await requireMember(locale, getPathname({ href: '/espace-aidant', locale }), { aidant: true })
  const t = await getTranslations('spaces')
  const structure = typeof member.structure === 'object' ? (member.structure as Structure | null) : null
  const pending = structure ? null : await pendingRequestOf(await getPayloadClient(), member)
  const [w, workshops] = await Promise.all([getTranslations('workshops'), workshopsOf(member)])
  const dateFormat = brusselsFormat(locale, { dateStyle: 'medium' })

  const o = await getTranslations('orientation')
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <PageHeading>{t('aidantTitle')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('aidantIntro', { name: member.name })}</p>
      <Notice look="soft" className="mt-4 text-lg" role="status">
        {structure
          ? t('yourStructure', { name: structure.name })
          : pending
            ? t('pendingRequest', { name: pending.structure.name })
            : t('noStructure')}
        {structure && member.structureRole === 'referent' ? (
          <span className="block font-semibold">{t('referentBadge')}</span>
        ) : null}
      </Notice>
      {structure ? (
        <LinkButton href="/espace-aidant/activites" size="lg" className="mt-4">
          + {(await getTranslations('accompaniment'))('title')}
        </LinkButton>
      ) : null}
      <section aria-labelledby="workshops-title" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="workshops-title" className="text-2xl font-bold">
            {w('myWorkshops')}
          </h2>
          {structure ? (
            <LinkButton href="/espace-aidant/ateliers/nouveau" size="lg">
              + {w('newTitle')}
            </LinkButton>
          ) : null}
        </div>
        {workshops.length ? (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
            {workshops.map((ws) => (
              <li key={ws.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <Link
                  href={{ pathname: '/espace-aidant/ateliers/[id]', params: { id: String(ws.id) } }}
                  className="text-lg font-semibold text-brand-700 underline"
                >
                  {ws.title}
                </Link>
                <span className="text-slate-700">
                  {dateFormat.format(new Date(ws.date))} ·{' '}
                  {new Date(ws.expiresAt) > new Date()
                    ? w('codeLabel', { code: displayCode(ws.code ?? '') })
                    : w('expiredShort')}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-lg">{structure ? w('none') : w('needStructure')}</p>
        )}
      </section>
      <section aria-labelledby="orient-title" className="mt-8 rounded-xl border-2 border-slate-300 p-4">
        <h2 id="orient-title" className="text-2xl font-bold">
          {o('aidantTitle')}
        </h2>
        <p className="mt-2 text-lg">{o('aidantIntro')}</p>
        <LinkButton href="/orientation" size="lg" className="mt-3">
          {o('aidantCta')}
        </LinkButton>
      </section>
      <div className="mt-8">
        <SpaceLinks
          links={[
            { href: '/espace-aidant/structure', label: t('structureCta'), icon: icons.building },
            { href: '/statistiques', label: t('statisticsCta'), icon: icons.chart },
            { href: '/catalogue', label: t('catalogueCta'), icon: icons.book },
            { href: '/espace-aidant/ressources/proposer', label: t('proposeCta'), icon: icons.share },
            { href: '/espace-aidant/ressources', label: t('proposalsCta'), icon: icons.check },
            { href: '/espace-apprenant', label: t('learnerSpaceLink'), icon: icons.learn },
            { href: '/compte', label: t('accountCta'), icon: icons.person },
          ]}
        />
      </div>
    </div>
  )
}
