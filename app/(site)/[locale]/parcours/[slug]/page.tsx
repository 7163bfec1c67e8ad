import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ModuleCard } from '@/components/catalogue/ModuleCard'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'
import { findParcoursForPage, populatedList, requireParcours } from '@/lib/catalogue/page'
import type { ModuleCard as ModuleCardData } from '@/lib/catalogue/queries'
import { alternatesFor } from '@/lib/seo/alternates'
import { TranslationNotice } from '@/components/i18n/TranslationNotice'
import { fallbackLang } from '@/lib/i18n/translationGaps'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** Rendered on first request, then cached until a Payload hook expires it (see the locale layout). */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const parcours = await findParcoursForPage(locale, slug)
  if (!parcours) return {}
  return {
    title: parcours.title,
    description: parcours.summary,
    alternates: alternatesFor({ pathname: '/parcours/[slug]', params: { slug } }, locale),
  }
}

export default async function ParcoursPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [parcours, t] = await Promise.all([requireParcours(locale, slug), getTranslations('parcours')])
  const modules = populatedList(parcours.modules) as unknown as ModuleCardData[]

  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <Eyebrow>{t('title')}</Eyebrow>
      <PageHeading size="lg" lang={fallbackLang(parcours, locale, 'title')}>
        {parcours.title}
      </PageHeading>
      <TranslationNotice docs={[parcours]} locale={locale} />
      <p className="mt-3 text-lg text-slate-700" lang={fallbackLang(parcours, locale, 'summary')}>
        {parcours.summary}
      </p>
      <dl className="mt-6 grid gap-4 rounded-xl bg-slate-50 p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t('prerequisite')}</dt>
          <dd className="mt-1">
            <LevelBadge level={parcours.prerequisiteLevel} />
          </dd>
        </div>
        {parcours.audience ? (
          <div>
            <dt className="text-sm font-semibold text-slate-600">{t('audience')}</dt>
            <dd className="mt-1" lang={fallbackLang(parcours, locale, 'audience')}>
              {parcours.audience}
            </dd>
          </div>
        ) : null}
      </dl>
      <h2 className="mt-8 text-2xl font-bold">{t('modules')}</h2>
      <ol className="mt-4 space-y-4">
        {modules.map((moduleDoc, index) => (
          <li key={moduleDoc.id} className="grid grid-cols-[3rem_1fr] items-start gap-3">
            <span
              aria-hidden="true"
              className="flex h-12 w-12 items-center justify-center rounded-full bg-brand-700 text-xl font-bold text-white"
            >
              {index + 1}
            </span>
            <ModuleCard moduleDoc={moduleDoc} />
          </li>
        ))}
      </ol>
    </article>
  )
}
