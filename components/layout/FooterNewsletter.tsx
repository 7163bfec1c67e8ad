import { getLocale, getTranslations } from 'next-intl/server'

import { Honeypot } from '@/components/forms/Honeypot'
import { Button } from '@/components/ui/Button'
import type { Locale } from '@/i18n/locales'
import { honeypotName } from '@/lib/forms/spam'
import { footerSubscribeAction } from '@/lib/newsletter/actions'

/** The footer's subscription form: a server action, so no JavaScript is added to every page. */
export async function FooterNewsletter() {
  const [t, locale] = await Promise.all([getTranslations('newsletter'), getLocale()])
  return (
    <form action={footerSubscribeAction.bind(null, locale as Locale)} noValidate className="max-w-sm">
      <p className="font-bold" id="footer-newsletter">
        {t('footerTitle')}
      </p>
      <label htmlFor="footer-newsletter-email" className="mt-2 block">
        {t('email')}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="footer-newsletter-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          aria-describedby="footer-newsletter-hint"
          className="min-h-11 w-full rounded-lg border border-slate-500 px-3"
        />
        <Button type="submit" className="shrink-0">
          {t('submit')}
        </Button>
      </div>
      <p id="footer-newsletter-hint" className="mt-1 text-sm text-slate-700">
        {t('emailHint')}
      </p>
      <Honeypot name={honeypotName} label={t('honeypot')} />
    </form>
  )
}
