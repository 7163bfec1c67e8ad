import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Card } from '@/components/ui/Card'
import { LinkButton } from '@/components/ui/LinkButton'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { proposalsOf } from '@/lib/resources/queries'
import { alternatesFor } from '@/lib/seo/alternates'
import { brusselsFormat } from '@/lib/time/brussels'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ envoyee?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'proposals' })
  return {
    title: t('mineTitle'),
    alternates: alternatesFor('/espace-aidant/ressources', locale),
    robots: { index: false },
  }
}

/** "Mes propositions": each proposed resource and where it stands (waiting, published, refused and why). */
export default async function MyProposalsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const member = await requireMember(locale, getPathname({ href: '/espace-aidant/ressources', locale }), {
    aidant: true,
  })
  const [t, s, proposals, { envoyee }] = await Promise.all([
    getTranslations('proposals'),
    getTranslations('spaces'),
    proposalsOf(await getPayloadClient(), member, locale),
    searchParams,
  ])
  const date = brusselsFormat(locale, { dateStyle: 'long' })
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <TextLink href="/espace-aidant">← {s('aidantTitle')}</TextLink>
      <PageHeading>{t('mineTitle')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('mineIntro')}</p>
      {envoyee ? (
        <Notice tone="success" role="status" className="mt-4 font-semibold">
          {t('sent')}
        </Notice>
      ) : null}
      <LinkButton href="/espace-aidant/ressources/proposer" size="lg" className="mt-4">
        {proposals.length ? t('proposeAnother') : t('title')}
      </LinkButton>
      {proposals.length ? (
        <ul className="mt-6 space-y-4">
          {proposals.map((p) => (
            <li key={p.id}>
              <Card as="article" className="space-y-2">
                <h2 className="text-lg font-bold">{p.title}</h2>
                <p className="text-slate-700">{t('proposedOn', { date: date.format(new Date(p.createdAt)) })}</p>
                <p className="font-semibold" data-status={p.moderationStatus}>
                  {t('statusLine', { status: t(`statuses.${p.moderationStatus}`) })}
                </p>
                {p.moderationStatus === 'rejected' && p.refusalReason ? (
                  <Notice tone="warning" look="bar">
                    <span className="block font-semibold">{t('reason')}</span>
                    <span className="whitespace-pre-line">{p.refusalReason}</span>
                  </Notice>
                ) : null}
                {p.moderationStatus === 'approved' ? (
                  <TextLink strong href={{ pathname: '/ressources-communaute', query: { q: p.title } }}>
                    {t('viewListed')}
                  </TextLink>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <Card as="p" variant="empty" className="mt-6 text-lg">
          {t('mineEmpty')}
        </Card>
      )}
    </div>
  )
}
