import type { MetadataRoute } from 'next'
import { getTranslations } from 'next-intl/server'

import { getPathname } from '@/i18n/pathnames'
import { isLocale, locales } from '@/i18n/locales'

export const dynamic = 'force-static'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

/**
 * The web app manifest, one per language (`/fr/manifest.webmanifest`): installed from a phone, 123Digit opens
 * on the learner space in the learner's language, full screen, with no browser bar.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'offline.manifest' })
  const start = getPathname({ href: '/espace-apprenant', locale })
  const manifest: MetadataRoute.Manifest = {
    id: start,
    name: t('name'),
    short_name: '123Digit',
    description: t('description'),
    lang: locale === 'nl' ? 'nl-BE' : 'fr-BE',
    start_url: start,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1a3f94',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
  return Response.json(manifest, { headers: { 'content-type': 'application/manifest+json; charset=utf-8' } })
}
