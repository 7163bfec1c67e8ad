import { randomUUID } from 'node:crypto'

import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import type { FieldSpec } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { structureLearners } from '@/lib/diagnostic/attribution'
import { submitSituation } from '@/lib/diagnostic/situationActions'
import { publishedDiagnostic } from '@/lib/diagnostic/published'
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

/**
 * The situation questionnaire, online, with the questions of the published `situation` diagnostic; printed, the
 * same page is an A4 form to fill in by hand.
 */
export default async function SituationPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, d, labels, member, payload, diagnostic] = await Promise.all([
    getTranslations('diagnostic.situation'),
    getTranslations('diagnostic'),
    formLabels(),
    getCurrentMember(),
    getPayloadClient(),
    publishedDiagnostic('situation', locale),
  ])
  if (!diagnostic) {
    // Nothing published (yet): said plainly, never a built-in copy of the questions.
    return (
      <div className="mx-auto max-w-3xl px-4 py-4 text-lg sm:py-8">
        <PageHeading>{t('title')}</PageHeading>
        <p role="status" className="mt-4 text-xl">
          {t('unpublished')}
        </p>
      </div>
    )
  }
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
  const question = (q: (typeof diagnostic.questions)[number]): FieldSpec => ({
    kind: 'checkboxes',
    name: `q.${q.key}`,
    label: q.question,
    options: q.answers.map((a) => ({ value: a.key, label: a.label })),
  })
  const autonomy = diagnostic.autonomy.map((label, level) => ({ value: String(level), label }))
  // The first questions (what the person has and does), the autonomy per domain, then the others (wishes, fears).
  const [before, after] = [diagnostic.questions.slice(0, 3), diagnostic.questions.slice(3)]
  const fields: FieldSpec[] = [
    ...before.map(question),
    { kind: 'heading', label: t('autonomyTitle') },
    ...diagnostic.domains.map(
      (domain): FieldSpec => ({
        kind: 'radios',
        name: `autonomy.${domain.key}`,
        label: domain.title,
        required: true,
        options: autonomy,
      }),
    ),
    ...after.map(question),
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
