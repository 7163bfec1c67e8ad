import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { AuthPage } from '@/components/members/AuthPage'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { formLabels } from '@/lib/forms/state'
import { resetPasswordAction } from '@/lib/members/passwordActions'
import { alternatesFor } from '@/lib/seo/alternates'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return {
    title: t('resetTitle'),
    alternates: alternatesFor('/mot-de-passe/nouveau', locale),
    robots: { index: false },
  }
}

/** The page the reset e-mail links to; the token is checked (and used up) when the form is sent. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { token } = await searchParams
  const [t, labels] = await Promise.all([getTranslations('auth'), formLabels()])
  return (
    <AuthPage title={t('resetTitle')}>
      {token ? (
        <ActionForm
          action={resetPasswordAction.bind(null, token)}
          labels={labels}
          submitLabel={t('savePassword')}
          fields={[
            {
              kind: 'input',
              name: 'password',
              type: 'password',
              label: t('newPassword'),
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
          ]}
        />
      ) : (
        <p className="text-lg">{t('resetMissingToken')}</p>
      )}
      <p className="mt-6 text-lg">
        <Link href="/connexion" className="font-semibold text-brand-700 underline">
          {t('signIn')}
        </Link>
      </p>
    </AuthPage>
  )
}
