import 'server-only'

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { findModuleForPage } from '@/lib/catalogue/page'

import { alternatesFor } from './alternates'

/** Title and hreflang alternates of a module's trame, fiche or formation page. */
export async function moduleSubpageMetadata(
  locale: Locale,
  slug: string,
  kind: 'trame' | 'fiche' | 'formation',
): Promise<Metadata> {
  const [moduleDoc, t] = await Promise.all([
    findModuleForPage(locale, slug),
    getTranslations({ locale, namespace: kind }),
  ])
  if (!moduleDoc) return {}
  return {
    title: `${t('title')} · ${moduleDoc.title}`,
    alternates: alternatesFor({ pathname: `/modules/[slug]/${kind}`, params: { slug } }, locale),
  }
}
