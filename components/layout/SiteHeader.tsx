import { getLocale, getTranslations } from 'next-intl/server'

import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

import { signOutAction } from '@/lib/members/actions'

import { AccountNav } from './AccountNav'
import { LanguageSwitcher } from './LanguageSwitcher'
import { SiteMenu } from './SiteMenu'

export async function SiteHeader() {
  const [t, auth, search, locale, offline, chrome] = await Promise.all([
    getTranslations('layout'),
    getTranslations('auth'),
    getTranslations('search'),
    getLocale() as Promise<Locale>,
    getTranslations('offline'),
    getTranslations('learnerChrome'),
  ])
  const href = (pathname: Parameters<typeof getPathname>[0]['href']) => getPathname({ href: pathname, locale })
  const links = [
    { href: '/catalogue', label: t('catalogue') },
    { href: '/parcours', label: t('parcours') },
    { href: '/ressources-communaute', label: t('resources') },
    { href: '/diagnostic', label: t('diagnostic') },
    { href: '/cartographie', label: t('map') },
    { href: '/media', label: t('media') },
  ] as const

  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-2 gap-y-1 px-4 py-3 md:gap-x-6">
        <Link href="/" className="text-2xl font-extrabold tracking-tight text-brand-700">
          123<span className="text-slate-900">Digit</span>
        </Link>
        {/* Beside the logo, on the first line of a phone too. */}
        <Link
          href="/recherche"
          className="ml-auto inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded px-3 font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-700 md:ml-0"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="h-5 w-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 4.5 4.5" strokeLinecap="round" />
          </svg>
          {/* A phone keeps the magnifier alone, so logo, search and menu share one line even at 320 px. */}
          <span className="max-sm:sr-only">{search('headerLink')}</span>
        </Link>
        <SiteMenu label={chrome('menu')}>
          <nav aria-label={t('mainNav')} className="order-last w-full max-md:order-first">
            <ul className="flex flex-wrap gap-x-1 gap-y-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="inline-flex min-h-11 items-center rounded px-3 font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-700"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-2">
            <AccountNav
              labels={{
                signIn: auth('signIn'),
                signUp: auth('signUp'),
                mySpace: auth('mySpace'),
                account: auth('account'),
                signOut: auth('signOut'),
                signedInAs: auth('signedInAs', { name: '{name}' }),
                unsent: offline('unsent'),
              }}
              hrefs={{
                signIn: href('/connexion'),
                signUp: href('/inscription'),
                aidant: href('/espace-aidant'),
                apprenant: href('/espace-apprenant'),
                account: href('/compte'),
              }}
              signOut={signOutAction.bind(null, locale)}
              locale={locale}
            />
            <LanguageSwitcher label={t('language')} current={locale} />
          </div>
        </SiteMenu>
      </div>
    </header>
  )
}
