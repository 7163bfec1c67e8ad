import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { createWorkshopAction } from '@/lib/workshops/actions'
import { shareableContent } from '@/lib/workshops/queries'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'workshops' })
  return { title: t('newTitle'), robots: { index: false } }
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

/** An aidant prepares a workshop: what to share, and until when the code works. */
export default async function NewWorkshopPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const member = await requireMember(locale, getPathname({ href: '/espace-aidant/ateliers/nouveau', locale }), {
    aidant: true,
  })
  const [t, levels, labels, content] = await Promise.all([
    getTranslations('workshops'),
    getTranslations('levels'),
    formLabels(),
    shareableContent(locale),
  ])
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <TextLink href="/espace-aidant">← {t('backToSpace')}</TextLink>
      <PageHeading>{t('newTitle')}</PageHeading>
      <p className="mt-2 text-lg">{t('newIntro')}</p>
      {member.structure ? (
        <div className="mt-6">
          <ActionForm
            action={createWorkshopAction.bind(null, locale)}
            labels={labels}
            submitLabel={t('create')}
            initialValues={{ date: day(0), expiresAt: day(7) }}
            fields={[
              { kind: 'input', name: 'title', label: t('fieldTitle'), hint: t('fieldTitleHint'), required: true },
              { kind: 'input', name: 'date', type: 'date', label: t('fieldDate'), required: true },
              {
                kind: 'input',
                name: 'expiresAt',
                type: 'date',
                label: t('fieldExpires'),
                hint: t('fieldExpiresHint'),
                required: true,
              },
              {
                kind: 'checkboxes',
                name: 'modules',
                label: t('fieldModules'),
                hint: t('fieldShareHint'),
                options: content.modules.map((m) => ({
                  value: String(m.id),
                  label: `${m.title} (${levels(m.level as '0')})`,
                })),
              },
              {
                kind: 'checkboxes',
                name: 'parcours',
                label: t('fieldParcours'),
                options: content.parcours.map((p) => ({ value: String(p.id), label: p.title })),
              },
              {
                kind: 'radios',
                name: 'diagnostic',
                label: t('fieldDiagnostic'),
                options: [
                  { value: '', label: t('diagnosticNone') },
                  { value: 'simulator', label: t('diagnosticSimulator') },
                  { value: 'situation', label: t('diagnosticSituation') },
                ],
              },
            ]}
          />
        </div>
      ) : (
        <Notice tone="warning" look="soft" className="mt-6 text-lg">
          {t('needStructure')}
        </Notice>
      )}
    </div>
  )
}
