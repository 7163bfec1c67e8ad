import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { contactAction } from '@/lib/contact/actions'
import { formLabels } from '@/lib/forms/state'
import { honeypotName } from '@/lib/forms/spam'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'contact' })
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/contact', locale) }
}

/** Write to the 123Digit team. */
export default async function ContactPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, labels] = await Promise.all([getTranslations('contact'), formLabels()])
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg">{t('intro')}</p>
      <p className="mt-2">
        {t('faqFirst')}{' '}
        <Link href="/faq" className="font-semibold text-brand-700 underline">
          {t('faqLink')}
        </Link>
      </p>
      <div className="mt-6">
        <ActionForm
          action={contactAction.bind(null, locale)}
          labels={labels}
          submitLabel={t('submit')}
          fields={[
            { kind: 'input', name: 'name', label: t('name'), required: true, autoComplete: 'name' },
            {
              kind: 'input',
              name: 'email',
              type: 'email',
              label: t('email'),
              hint: t('emailHint'),
              required: true,
              autoComplete: 'email',
              inputMode: 'email',
            },
            { kind: 'input', name: 'subject', label: t('subject'), required: true },
            { kind: 'textarea', name: 'message', label: t('message'), required: true },
            { kind: 'honeypot', name: honeypotName, label: t('honeypot') },
          ]}
        />
      </div>
    </div>
  )
}
