import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { BadgeFacts } from '@/components/badges/BadgeFacts'
import { RevokedNotice } from '@/components/badges/RevokedNotice'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { LinkButton } from '@/components/ui/LinkButton'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { buttonClass } from '@/components/ui/buttonClass'
import type { Locale } from '@/i18n/locales'
import { badgeView, findBadge, signatureChecks } from '@/lib/badges/queries'
import { getPayloadClient } from '@/lib/payload/client'

/** A badge is read by its public id and may be revoked at any moment: rendered per request, never indexed. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'badges.page' })
  return { title: t('metaTitle'), robots: { index: false, follow: false } }
}

/**
 * The public verification page of a badge: what was earned, when, with which structure, the first name only
 * if the learner chose to show it, whether the signature checks with our published key, and a revocation.
 */
export default async function BadgePage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const badge = await findBadge(await getPayloadClient(), id, locale)
  if (!badge) notFound()
  const [t, valid] = await Promise.all([getTranslations('badges.page'), signatureChecks(badge)])
  const view = badgeView(badge, locale)
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <Eyebrow>{t('eyebrow')}</Eyebrow>
      <PageHeading className="mt-1">{view.name}</PageHeading>
      <div className="mt-4 space-y-3">
        <RevokedNotice revoked={view.revoked} locale={locale} />
        <Notice tone={valid ? 'success' : 'error'} className="text-lg" data-testid="badge-signature">
          {valid ? t('valid') : t('invalid')}
        </Notice>
      </div>
      <div className="mt-6">
        <BadgeFacts badge={view} locale={locale} />
      </div>
      <p className="mt-6 text-lg">{view.description}</p>
      <section aria-labelledby="badge-criteria" className="mt-6">
        <h2 id="badge-criteria" className="text-2xl font-bold">
          {t('criteria')}
        </h2>
        <p className="mt-2 text-lg">{view.criteria}</p>
      </section>
      <div className="mt-8 flex flex-wrap gap-3">
        <LinkButton href={{ pathname: '/badges/[id]/certificat', params: { id: view.publicId } }} size="lg">
          {t('certificate')}
        </LinkButton>
        {/* A file from our API, outside the localized routes: a plain link. */}
        <a
          href={`/api/open-badges/${view.publicId}/credential`}
          download
          className={buttonClass({ variant: 'secondary', size: 'lg' })}
        >
          {t('download')}
        </a>
      </div>
      <p className="mt-3 text-lg text-slate-700">{t('downloadHint')}</p>
      <p className="mt-6">
        <a href="/api/open-badges/jwks.json" className="text-lg text-brand-700 underline">
          {t('keyLink')}
        </a>
      </p>
    </article>
  )
}
