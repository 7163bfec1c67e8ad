import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { redirect } from 'next/navigation'

import { ActionForm } from '@/components/forms/ActionForm'
import { AuthPage } from '@/components/members/AuthPage'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getCurrentMember, safeReturnPath } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { signInAction } from '@/lib/members/actions'
import { alternatesFor } from '@/lib/seo/alternates'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ retour?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('signInTitle'), alternates: alternatesFor('/connexion', locale), robots: { index: false } }
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const returnTo = safeReturnPath((await searchParams).retour)
  const member = await getCurrentMember()
  if (member)
    redirect(
      returnTo ?? getPathname({ href: member.profile === 'aidant' ? '/espace-aidant' : '/espace-apprenant', locale }),
    )
  const [t, labels] = await Promise.all([getTranslations('auth'), formLabels()])

  return (
    <AuthPage
      title={t('signInTitle')}
      intro={
        <>
          {returnTo ? <p className="mb-2 font-semibold">{t('signInRequired')}</p> : null}
          <p>{t('signInIntro')}</p>
        </>
      }
    >
      <ActionForm
        action={signInAction.bind(null, locale, returnTo)}
        labels={labels}
        submitLabel={t('signIn')}
        fields={[
          { kind: 'input', name: 'identifier', label: t('identifier'), autoComplete: 'username', required: true },
          {
            kind: 'input',
            name: 'password',
            type: 'password',
            label: t('password'),
            autoComplete: 'current-password',
            required: true,
          },
        ]}
      />
      <p className="mt-6 text-lg">
        <Link href="/mot-de-passe-oublie" className="text-brand-700 underline">
          {t('forgot')}
        </Link>
      </p>
      <p className="mt-2 text-lg">
        {t('noAccount')}{' '}
        <Link href="/inscription" className="font-semibold text-brand-700 underline">
          {t('signUp')}
        </Link>
      </p>
    </AuthPage>
  )
}
