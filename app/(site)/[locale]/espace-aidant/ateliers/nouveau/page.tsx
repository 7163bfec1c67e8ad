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
import { addDays, brusselsDay } from '@/lib/time/brussels'
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

/** A day counted from today in Belgium: the form's defaults agree with the day the use case checks. */
const day = (offset: number) => addDays(brusselsDay(new Date()), offset)

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
