import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ModuleResourceLinks } from '@/components/catalogue/ModuleResourceLinks'
import { TranslationNotice } from '@/components/i18n/TranslationNotice'
import { Badge } from '@/components/ui/Badge'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { findModuleForPage, moduleResources, requireModule } from '@/lib/catalogue/page'
import { findCompetence } from '@/lib/digcomp/framework'
import { fallbackLang } from '@/lib/i18n/translationGaps'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** Rendered on first request, then cached until a Payload hook expires it (see the locale layout). */
export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const moduleDoc = await findModuleForPage(locale, slug)
  if (!moduleDoc) return {}
  return {
    title: moduleDoc.title,
    description: moduleDoc.summary,
    alternates: alternatesFor({ pathname: '/modules/[slug]', params: { slug } }, locale),
  }
}

export default async function ModulePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [moduleDoc, t] = await Promise.all([requireModule(locale, slug), getTranslations('module')])
  const { themes } = moduleResources(moduleDoc)
  const competences = (moduleDoc.competences ?? []).map((code) => ({ code, competence: findCompetence(code) }))

  const langOf = (path: string) => fallbackLang(moduleDoc, locale, path)

  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <TextLink href="/catalogue">← {t('backToCatalogue')}</TextLink>
      <PageHeading size="lg" className="mt-2" lang={langOf('title')}>
        {moduleDoc.title}
      </PageHeading>
      <TranslationNotice docs={[moduleDoc]} locale={locale} />
      <p className="mt-3 text-lg text-slate-700" lang={langOf('summary')}>
        {moduleDoc.summary}
      </p>

      <dl className="mt-6 grid gap-4 rounded-xl bg-slate-50 p-5 sm:grid-cols-3">
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t('level')}</dt>
          <dd className="mt-1">
            <LevelBadge level={moduleDoc.level} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t('duration')}</dt>
          <dd className="mt-1 font-semibold">{t('durationValue', { minutes: moduleDoc.durationMinutes })}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t('themes')}</dt>
          <dd className="mt-1 flex flex-wrap gap-2">
            {themes.map((theme) => (
              <Link
                key={theme.id}
                href={{ pathname: '/catalogue', query: { theme: theme.slug } }}
                className="text-brand-700 underline"
              >
                {theme.title}
              </Link>
            ))}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="objectives" className="mt-8">
        <h2 id="objectives" className="text-2xl font-bold">
          {t('objectives')}
        </h2>
        <p className="mt-2">{t('objectivesIntro')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {(moduleDoc.objectives ?? []).map((objective) => (
            <li key={objective.id} lang={langOf(`objectives.${objective.id}.text`)}>
              {objective.text}
            </li>
          ))}
        </ul>
      </section>

      <ModuleResourceLinks moduleDoc={moduleDoc} />

      {competences.length ? (
        <section aria-labelledby="competences" className="mt-8">
          <h2 id="competences" className="text-2xl font-bold">
            {t('competences')}
          </h2>
          <ul className="mt-3 space-y-2">
            {competences.map(({ code, competence }) => (
              <li key={code}>
                <Badge className="mr-2 font-mono text-sm">{code}</Badge>
                {competence ? competence.title[locale] : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="mt-8 text-sm text-slate-600">
        {t('authorLine', {
          name:
            moduleDoc.author?.kind === 'structure' && moduleDoc.author.structureName
              ? moduleDoc.author.structureName
              : 'WeTechCare',
        })}
      </p>
      <p className="mt-2">
        <TextLink href={{ pathname: '/signaler/[kind]/[id]', params: { kind: 'module', id: String(moduleDoc.id) } }}>
          {(await getTranslations('resources'))('report')}
        </TextLink>
      </p>
    </article>
  )
}
