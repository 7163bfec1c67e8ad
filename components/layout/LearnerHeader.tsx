import { getLocale, getTranslations } from 'next-intl/server'

import { OfflineBanner } from '@/components/offline/OfflineBanner'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { signOutAction } from '@/lib/members/actions'
import { leaveWorkshopAction } from '@/lib/workshops/actions'

import { LanguageSwitcher } from './LanguageSwitcher'
import { LearnerMenu } from './LearnerMenu'

/**
 * The learner pages' header (issue 18): one line on a phone, the logo, the learner's first name and one menu
 * button; everything else is in the menu. It reads no cookie on the server (the layout is shared by cached
 * pages): the first name comes from the readable hint cookies, in the browser.
 * Under the bar, the offline banner (issue 18): every learner page says when the connection is gone.
 */
export async function LearnerHeader() {
  const locale = (await getLocale()) as Locale
  const [t, auth, layout, learner, spaces, offline] = await Promise.all([
    getTranslations('learnerChrome'),
    getTranslations('auth'),
    getTranslations('layout'),
    getTranslations('learner'),
    getTranslations('spaces'),
    getTranslations('offline'),
  ])
  const href = (pathname: Parameters<typeof getPathname>[0]['href']) => getPathname({ href: pathname, locale })

  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <LearnerMenu
        labels={{
          menu: t('menu'),
          hello: t('hello', { name: '{name}' }),
          nav: t('nav'),
          home: layout('home'),
          signIn: auth('signIn'),
          account: auth('account'),
          signOut: auth('signOut'),
          leave: learner('leave'),
          unsent: offline('unsent'),
        }}
        links={{
          space: { href: href('/espace-apprenant'), label: spaces('learnerTitle') },
          aidantSpace: { href: href('/espace-aidant'), label: auth('mySpace') },
          code: { href: href('/code'), label: learner('joinCta') },
          diagnostic: { href: href('/diagnostic'), label: spaces('diagnosticCta') },
          catalogue: { href: href('/catalogue'), label: spaces('learnerCta') },
        }}
        hrefs={{ home: href('/'), signIn: href('/connexion'), account: href('/compte') }}
        signOut={signOutAction.bind(null, locale)}
        leave={leaveWorkshopAction.bind(null, locale)}
        locale={locale}
        languages={<LanguageSwitcher label={layout('language')} current={locale} />}
      />
      <OfflineBanner label={offline('banner')} />
    </header>
  )
}
