import { getTranslations } from 'next-intl/server'
import NextLink from 'next/link'

import { Link } from '@/i18n/navigation'

import { FooterNewsletter } from './FooterNewsletter'

export async function SiteFooter() {
  const t = await getTranslations('layout')
  const links = [
    ['/catalogue', 'catalogue'],
    ['/parcours', 'parcours'],
    ['/ressources-communaute', 'resources'],
    ['/media', 'media'],
    ['/evenements', 'events'],
    ['/faq', 'faq'],
    ['/contact', 'contact'],
  ] as const
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-2">
        <div className="space-y-6">
          <p className="max-w-prose text-slate-700">{t('footerAbout')}</p>
          <FooterNewsletter />
        </div>
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {links.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="text-brand-700 underline">
                  {t(label)}
                </Link>
              </li>
            ))}
            <li>
              <NextLink href="/admin" prefetch={false} className="text-brand-700 underline">
                {t('admin')}
              </NextLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
