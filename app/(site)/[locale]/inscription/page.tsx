import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import type { FieldSpec } from '@/lib/forms/types'
import { AuthPage } from '@/components/members/AuthPage'
import { ProfileChoice } from '@/components/members/ProfileChoice'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { formLabels } from '@/lib/forms/state'
import { signUpAction } from '@/lib/members/actions'
import { getPayloadClient } from '@/lib/payload/client'
import { alternatesFor } from '@/lib/seo/alternates'
import { findInvitation } from '@/lib/structures/queries'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ profil?: string; invitation?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('signUpTitle'), alternates: alternatesFor('/inscription', locale) }
}

/** Sign-up starts by choosing a profile; an invitation link decides it and fills in the e-mail address. */
export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const invitation = query.invitation ? await findInvitation(await getPayloadClient(), query.invitation) : null
  const profile =
    invitation?.profile ?? (query.profil === 'aidant' || query.profil === 'apprenant' ? query.profil : null)
  const [t, labels] = await Promise.all([getTranslations('auth'), formLabels()])

  if (!profile) {
    return (
      <AuthPage title={t('signUpTitle')} intro={<p>{t('signUpIntro')}</p>}>
        <ProfileChoice />
        <p className="mt-6 text-lg">
          {t('haveAccount')}{' '}
          <Link href="/connexion" className="font-semibold text-brand-700 underline">
            {t('signIn')}
          </Link>
        </p>
      </AuthPage>
    )
  }

  const password: FieldSpec[] = [
    {
      kind: 'input',
      name: 'password',
      type: 'password',
      label: t('password'),
      autoComplete: 'new-password',
      required: true,
      hint: t('passwordHint'),
    },
    {
      kind: 'input',
      name: 'passwordConfirm',
      type: 'password',
      label: t('passwordConfirm'),
      autoComplete: 'new-password',
      required: true,
    },
  ]
  const fields: FieldSpec[] =
    profile === 'aidant'
      ? [
          { kind: 'input', name: 'name', label: t('name'), autoComplete: 'name', required: true },
          {
            kind: 'input',
            name: 'email',
            type: 'email',
            label: t('email'),
            autoComplete: 'email',
            inputMode: 'email',
            required: true,
          },
          ...password,
        ]
      : [
          { kind: 'input', name: 'name', label: t('pseudo'), autoComplete: 'given-name', required: true },
          {
            kind: 'input',
            name: 'username',
            label: t('username'),
            autoComplete: 'username',
            required: true,
            hint: t('usernameHint'),
          },
          ...password,
          {
            kind: 'input',
            name: 'email',
            type: 'email',
            label: t('emailOptional'),
            autoComplete: 'email',
            inputMode: 'email',
          },
        ]

  return (
    <AuthPage title={t(profile === 'aidant' ? 'aidantTitle' : 'apprenantTitle')}>
      <ActionForm
        action={signUpAction.bind(null, locale, profile, invitation ? (query.invitation ?? null) : null)}
        labels={labels}
        fields={fields}
        initialValues={invitation?.email ? { email: invitation.email } : {}}
        submitLabel={t('createAccount')}
      />
      {invitation ? null : (
        <p className="mt-6 text-lg">
          <Link href="/inscription" className="text-brand-700 underline">
            {t('changeProfile')}
          </Link>
        </p>
      )}
    </AuthPage>
  )
}
