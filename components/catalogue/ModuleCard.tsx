import { getLocale, getTranslations } from 'next-intl/server'

import { Highlighted } from '@/components/search/Highlighted'
import { Card } from '@/components/ui/Card'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { ModuleCard as ModuleCardData } from '@/lib/catalogue/queries'
import { fallbackLang } from '@/lib/i18n/translationGaps'

export async function ModuleCard({
  moduleDoc,
  headingLevel = 'h3',
  locale,
}: {
  moduleDoc: ModuleCardData
  headingLevel?: 'h2' | 'h3'
  /** With the search terms of moduleDoc, the words they matched are marked. */
  locale?: Locale
}) {
  const terms = locale ? (moduleDoc.terms ?? []) : []
  const [t, pageLocale] = await Promise.all([getTranslations('catalogue'), getLocale()])
  // A title or summary not translated yet is shown in the other language, and says which.
  const langOf = (path: string) => fallbackLang(moduleDoc, pageLocale as Locale, path)
  const Heading = headingLevel
  const themes = moduleDoc.themes.filter((theme) => typeof theme === 'object')
  return (
    <Card as="article" variant="link" className="flex h-full flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <LevelBadge level={moduleDoc.level} />
        <span className="text-sm text-slate-600">{t('duration', { minutes: moduleDoc.durationMinutes })}</span>
      </div>
      <Heading className="text-lg font-bold leading-snug" lang={langOf('title')}>
        <Link
          href={{ pathname: '/modules/[slug]', params: { slug: moduleDoc.slug } }}
          className="after:absolute after:inset-0 hover:underline"
        >
          <Highlighted text={moduleDoc.title} terms={terms} locale={locale ?? 'fr'} />
        </Link>
      </Heading>
      <p className="text-slate-700" lang={langOf('summary')}>
        <Highlighted text={moduleDoc.summary} terms={terms} locale={locale ?? 'fr'} />
      </p>
      {themes.length ? (
        <p className="mt-auto text-sm text-slate-600">{themes.map((theme) => theme.title).join(' · ')}</p>
      ) : null}
    </Card>
  )
}
