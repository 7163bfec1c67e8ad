import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { OfflineSupport } from '@/components/offline/OfflineSupport'
import { PageHeading } from '@/components/ui/PageHeading'
import { CodeFromLink } from '@/components/workshops/CodeFromLink'
import type { FieldSpec } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { alternatesFor } from '@/lib/seo/alternates'
import { joinWorkshopAction } from '@/lib/workshops/actions'

/** Knows whether a member is signed in: rendered per request. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ code?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'join' })
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/code', locale) }
}

/**
 * A learner types the workshop code (or arrives from the QR code with it filled in) and joins; or types the
 * personal code of their progress card (or scans its QR code) and finds their progress again.
 */
export default async function CodePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, labels, member, { code }] = await Promise.all([
    getTranslations('join'),
    formLabels(),
    getCurrentMember(),
    searchParams,
  ])
  const fields: FieldSpec[] = [
    {
      kind: 'input',
      name: 'code',
      label: t('code'),
      hint: t('codeHint'),
      required: true,
      autoComplete: 'off',
    },
    ...(member
      ? []
      : // Required to join a workshop; its hint says a personal code needs none (the server knows which).
        [{ kind: 'input', name: 'name', label: t('name'), hint: t('nameHint'), required: true } as const]),
    { kind: 'checkbox', name: 'share', label: t('share') },
    ...(member
      ? []
      : ([
          { kind: 'heading', label: t('saveTitle') },
          { kind: 'checkbox', name: 'saveProgress', label: t('saveProgress') },
          { kind: 'input', name: 'username', label: t('username'), hint: t('usernameHint'), autoComplete: 'username' },
          {
            kind: 'input',
            name: 'password',
            type: 'password',
            label: t('password'),
            hint: t('passwordHint'),
            autoComplete: 'new-password',
          },
        ] satisfies FieldSpec[])),
  ]
  return (
    <div className="mx-auto max-w-xl px-4 py-4 text-lg sm:py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg">{member ? t('introMember', { name: member.name }) : t('intro')}</p>
      <div className="mt-6">
        <ActionForm
          action={joinWorkshopAction.bind(null, locale)}
          labels={labels}
          submitLabel={t('submit')}
          initialValues={typeof code === 'string' ? { code } : {}}
          fields={fields}
        />
      </div>
      <p className="mt-6 text-slate-700">{t('privacy')}</p>
      {/* Installed before joining, so the learner space and formations are kept from the first visit. */}
      <OfflineSupport />
      <CodeFromLink field="f-code" />
    </div>
  )
}
