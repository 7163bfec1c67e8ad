import { randomUUID } from 'node:crypto'

import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import type { FieldSpec } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { situationQuestions, type SituationGroup } from '@/lib/diagnostic/situation'
import { structureLearners } from '@/lib/diagnostic/attribution'
import { submitSituation } from '@/lib/diagnostic/situationActions'
import { domains } from '@/lib/diagnostic/tasks'
import { getCurrentMember } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { getPayloadClient } from '@/lib/payload/client'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }> }

/** Each visit gets its own submission id: rendered per request. */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'diagnostic.situation' })
  return {
    title: t('title'),
    description: t('ctaText'),
    alternates: alternatesFor('/diagnostic/questionnaire', locale),
  }
}

/** The situation questionnaire, online; printed, the same page is an A4 form to fill in by hand. */
export default async function SituationPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, d, labels, member, payload] = await Promise.all([
    getTranslations('diagnostic.situation'),
    getTranslations('diagnostic'),
    formLabels(),
    getCurrentMember(),
    getPayloadClient(),
  ])
  const learners = await structureLearners(payload, member)
  // An aidant with a structure fills it for one of its apprenants, or for someone known by a code.
  const forWhom: FieldSpec[] = learners.length
    ? [
        {
          kind: 'select',
          name: 'learner',
          label: d('forWhom'),
          hint: d('forWhomHint'),
          options: [
            { value: '', label: d('forWhomAnonymous') },
            ...learners.map((l) => ({ value: String(l.id), label: l.name })),
          ],
        },
      ]
    : []
  const group = (name: SituationGroup, kind: 'checkboxes' = 'checkboxes'): FieldSpec => ({
    kind,
    name,
    label: t(name),
    options: situationQuestions[name].map((value) => ({
      value,
      label: t(`options.${name}.${value}` as 'options.equipment.none'),
    })),
  })
  const autonomy = [0, 1, 2, 3].map((level) => ({
    value: String(level),
    label: t(`autonomy.${level}` as 'autonomy.0'),
  }))
  const fields: FieldSpec[] = [
    group('equipment'),
    group('connection'),
    group('usages'),
    { kind: 'heading', label: t('autonomyTitle') },
    ...domains.map(
      (domain): FieldSpec => ({
        kind: 'radios',
        name: `autonomy.${domain}`,
        label: d(`domains.${domain}`),
        required: true,
        options: autonomy,
      }),
    ),
    group('motivation'),
    group('blockers'),
    { kind: 'textarea', name: 'notes', label: t('notes') },
    ...forWhom,
    { kind: 'input', name: 'learnerCode', label: t('learnerCode'), hint: t('learnerCodeHint') },
  ]

  return (
    <div className="mx-auto max-w-3xl px-4 py-4 text-lg sm:py-8 print:max-w-none print:p-0 print:text-[10pt] print:leading-tight">
      <PageHeading className="print:text-xl">{t('title')}</PageHeading>
      <p className="mt-2 text-lg print:text-[10pt]">{t('intro')}</p>
      <div className="mt-4 print:hidden">
        <PrintButton label={t('printForm')} />
      </div>
      <div className="situation-form mt-6">
        <ActionForm
          action={submitSituation.bind(null, locale, randomUUID())}
          labels={labels}
          fields={fields}
          submitLabel={t('submit')}
        />
      </div>
    </div>
  )
}
