import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { NewsletterSignup } from '@/components/media/NewsletterSignup'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'
import type { RawSearchParams } from '@/lib/catalogue/filters'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

/** Shows the outcome of the footer form, the confirmation link or the unsubscribe link. */
export const dynamic = 'force-dynamic'

const states = {
  envoye: 'pending',
  confirme: 'confirmed',
  desabonne: 'unsubscribed',
  'lien-invalide': 'invalidLink',
} as const
const fieldErrors = ['required', 'email'] as const
/** Refusals of the whole form (lib/newsletter/actions.ts footerSubscribeAction): shown above it. */
const formErrors = ['rateLimited', 'mailNotSent'] as const
const errorKeys = [...fieldErrors, ...formErrors]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/newsletter', locale) }
}

/** Subscribe to the newsletter, and the landing page of its confirmation and unsubscribe links. */
export default async function NewsletterPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const [t, te] = await Promise.all([getTranslations('newsletter'), getTranslations('forms.errors')])
  const state = states[String(query.etat) as keyof typeof states]
  const error = errorKeys.find((key) => key === query.erreur)
  const typed = typeof query.email === 'string' ? query.email.slice(0, 254) : ''
  const errors: Record<string, string> | undefined = error
    ? { [(formErrors as readonly string[]).includes(error) ? 'form' : 'email']: te(error) }
    : undefined

  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg">{t('intro')}</p>
      {state ? (
        <Notice
          role="status"
          tone={state === 'invalidLink' ? 'warning' : 'success'}
          className="mt-6 text-lg font-semibold"
        >
          {t(state)}
        </Notice>
      ) : null}
      {state === 'pending' || state === 'confirmed' ? null : (
        <div className="mt-6">
          <NewsletterSignup
            heading={false}
            initialValues={typed ? { email: typed } : undefined}
            initialErrors={errors}
          />
        </div>
      )}
    </div>
  )
}
