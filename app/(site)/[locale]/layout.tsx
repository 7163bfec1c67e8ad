import type { Metadata, Viewport } from 'next'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { PlayerMessages } from '@/components/formation/messages'
import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { HeaderSwitch } from '@/components/layout/HeaderSwitch'
import { LearnerHeader } from '@/components/layout/LearnerHeader'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { isLocale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { siteOrigin } from '@/lib/http/origin'

import '@/app/(site)/globals.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Public pages are rendered on their first request, then served from Next's page cache until a Payload
 * hook expires their tags (lib/cache/). Nothing is prerendered at build time: the build needs no database.
 */
export function generateStaticParams(): { locale: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({
    locale: isLocale(locale) ? locale : routing.defaultLocale,
    namespace: 'meta',
  })
  return {
    // Cached for every visitor, so no request to read: absolute URLs only from the configured origin.
    ...(siteOrigin() ? { metadataBase: new URL(siteOrigin()!) } : {}),
    title: { default: `${t('siteName')} · ${t('tagline')}`, template: `%s · ${t('siteName')}` },
    description: t('description'),
    // Defaults for shared links; article pages give their own title, image and type.
    openGraph: { type: 'website', siteName: t('siteName'), locale: locale === 'nl' ? 'nl_BE' : 'fr_BE' },
    twitter: { card: 'summary' },
    // Installable on a phone (issue 18): opens on the learner space, in this language.
    manifest: `/${isLocale(locale) ? locale : routing.defaultLocale}/manifest.webmanifest`,
    icons: { apple: '/icons/apple-touch-icon.png' },
  }
}

export const viewport: Viewport = { themeColor: '#1a3f94' }

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, preview, messages] = await Promise.all([getTranslations('layout'), draftMode(), getMessages()])

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        {preview.isEnabled ? <PreviewBanner /> : null}
        {/* The learner pages get their own compact header (components/layout/learnerRoutes.ts). */}
        <HeaderSwitch site={<SiteHeader />} learner={<LearnerHeader />} />
        <main id="main" className="flex-1">
          {/* Only the error page's words reach the browser (error.tsx is a client component), through the
              player's small message context: next-intl's client runtime would add ~14 KB gzip to every page. */}
          <PlayerMessages locale={locale} messages={{ error: messages.error }}>
            {children}
          </PlayerMessages>
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
