import { getLocale, getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { formLabels } from '@/lib/forms/state'
import { honeypotName } from '@/lib/forms/spam'
import { subscribeAction } from '@/lib/newsletter/actions'

type Props = { initialValues?: FormState['values']; initialErrors?: FormState['errors']; heading?: boolean }

/** The newsletter subscription form (double opt-in), on the newsletter page and under articles. */
export async function NewsletterSignup({ initialValues, initialErrors, heading = true }: Props) {
  const [t, labels, locale] = await Promise.all([getTranslations('newsletter'), formLabels(), getLocale()])
  return (
    <section
      aria-labelledby={heading ? 'newsletter-signup' : undefined}
      className="rounded-xl border border-brand-200 bg-brand-50 p-5"
    >
      {heading ? (
        <>
          <h2 id="newsletter-signup" className="text-2xl font-bold">
            {t('footerTitle')}
          </h2>
          <p className="mt-1">{t('intro')}</p>
        </>
      ) : null}
      <div className="mt-4 max-w-md">
        <ActionForm
          action={subscribeAction.bind(null, locale as Locale)}
          labels={labels}
          submitLabel={t('submit')}
          initialValues={initialValues}
          initialErrors={initialErrors}
          idPrefix="newsletter"
          fields={[
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
            { kind: 'honeypot', name: honeypotName, label: t('honeypot') },
          ]}
        />
      </div>
    </section>
  )
}
