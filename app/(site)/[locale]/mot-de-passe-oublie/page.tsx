import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { AuthPage } from '@/components/members/AuthPage'
import { Notice } from '@/components/ui/Notice'
import type { Locale } from '@/i18n/locales'
import { formLabels } from '@/lib/forms/state'
import { forgotPasswordAction } from '@/lib/members/passwordActions'
import { alternatesFor } from '@/lib/seo/alternates'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'auth' })
  return {
    title: t('forgotTitle'),
    alternates: alternatesFor('/mot-de-passe-oublie', locale),
    robots: { index: false },
  }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, labels] = await Promise.all([getTranslations('auth'), formLabels()])
  return (
    <AuthPage title={t('forgotTitle')} intro={<p>{t('forgotIntro')}</p>}>
      <ActionForm
        action={forgotPasswordAction}
        labels={labels}
        submitLabel={t('sendLink')}
        fields={[
          {
            kind: 'input',
            name: 'email',
            type: 'email',
            label: t('email'),
            autoComplete: 'email',
            inputMode: 'email',
            required: true,
          },
        ]}
      />
      <Notice look="soft" className="mt-6 text-lg">
        {t('forgotNoEmail')}
      </Notice>
    </AuthPage>
  )
}
