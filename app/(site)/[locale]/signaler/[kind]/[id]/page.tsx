import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { reportReasons } from '@/lib/resources/reportReasons'
import { requireMember } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { integerId } from '@/lib/http/id'
import { getPayloadClient } from '@/lib/payload/client'
import { reportAction } from '@/lib/resources/actions'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; kind: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'reports' })
  return { title: t('title'), robots: { index: false } }
}

/** A member reports a module or a community resource to the editorial team (collections/Reports.ts). */
export default async function ReportPage({ params }: Props) {
  const { locale, kind, id: rawId } = await params
  setRequestLocale(locale)
  const id = integerId(rawId)
  if ((kind !== 'module' && kind !== 'ressource') || id === null) notFound()
  const here = getPathname({ href: { pathname: '/signaler/[kind]/[id]', params: { kind, id: rawId } }, locale })
  const member = await requireMember(locale, here)
  const payload = await getPayloadClient()
  const read = { id, depth: 0, locale, overrideAccess: false, user: member, disableErrors: true } as const
  const target =
    kind === 'module'
      ? await payload.findByID({ collection: 'modules', ...read })
      : await payload.findByID({ collection: 'community-resources', ...read })
  if (!target) notFound()
  const back =
    kind === 'module' && 'slug' in target
      ? { pathname: '/modules/[slug]' as const, params: { slug: target.slug } }
      : ('/ressources-communaute' as const)
  const [t, labels] = await Promise.all([getTranslations('reports'), formLabels()])
  return (
    <div className="mx-auto max-w-2xl px-4 py-6">
      <TextLink href={back}>← {t('back')}</TextLink>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('intro')}</p>
      <p className="mt-2 text-lg font-semibold">{t('about', { title: target.title })}</p>
      <div className="mt-6">
        <ActionForm
          action={reportAction.bind(null, locale, kind, id)}
          labels={labels}
          submitLabel={t('submit')}
          fields={[
            {
              kind: 'radios',
              name: 'reason',
              label: t('reason'),
              required: true,
              options: reportReasons.map((value) => ({ value, label: t(`reasons.${value}`) })),
            },
            { kind: 'textarea', name: 'comment', label: t('comment'), hint: t('commentHint') },
          ]}
        />
      </div>
    </div>
  )
}
