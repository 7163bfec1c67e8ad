import type { Metadata } from 'next'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { FormationPlayer } from '@/components/formation/FormationPlayer'
import { PlayerMessages, type Tree } from '@/components/formation/messages'
import { SavedFormation } from '@/components/formation/SavedFormation'
import { toPlayerSteps } from '@/components/formation/toPlayerSteps'
import { TranslationNotice } from '@/components/i18n/TranslationNotice'
import { OfflineSupport } from '@/components/offline/OfflineSupport'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { Notice } from '@/components/ui/Notice'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { moduleResources, populatedList, requireModule } from '@/lib/catalogue/page'
import { fallbackLang } from '@/lib/i18n/translationGaps'
import { getPayloadClient } from '@/lib/payload/client'
import { findProgress, progressKey, toSaved, toState } from '@/lib/progress/rows'
import { requireFormationLearner } from '@/lib/workshops/formationAccess'
import type { Formation } from '@/payload-types'
import { moduleSubpageMetadata } from '@/lib/seo/moduleSubpageMetadata'

/** Reads the learner's session and progress: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale; slug: string }>
  searchParams: Promise<{ exercice?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return moduleSubpageMetadata(locale, slug, 'formation')
}

/** The module's formation, or one of its exercises with ?exercice=<slug>. */
export default async function FormationPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [moduleDoc, t, messages, { exercice }] = await Promise.all([
    requireModule(locale, slug),
    getTranslations('formation'),
    getMessages(),
    searchParams,
  ])
  const learner = await requireFormationLearner(locale, slug, moduleDoc.id)
  const exercise =
    typeof exercice === 'string'
      ? populatedList<Formation>(moduleDoc.exercises).find((f) => f.slug === exercice)
      : undefined
  const formation = exercise ?? moduleResources(moduleDoc).formation
  if (!formation) notFound()
  const backHref = getPathname({ href: { pathname: '/modules/[slug]', params: { slug } }, locale })
  const key = learner ? progressKey(learner, formation.id) : null
  const saved = key ? toSaved(toState(await findProgress(await getPayloadClient(), key))) : null
  const steps = toPlayerSteps(formation, locale)
  const playerMessages: Tree = steps.some((step) => step.kind === 'simulated')
    ? { formation: messages.formation, diagnostic: { tasks: messages.diagnostic.tasks } }
    : { formation: messages.formation }

  return (
    <>
      <OfflineSupport />
      <article className="mx-auto max-w-3xl px-4 py-2 text-lg sm:py-8">
        {/* On a phone the step comes first (issue 18): the back link shrinks to an arrow beside the title, and
          the intro, which the module page already gives, stays for larger screens. */}
        <div className="hidden sm:block">
          <TextLink href={{ pathname: '/modules/[slug]', params: { slug } }}>← {t('backToModule')}</TextLink>
          <Eyebrow className="mt-2">{t('title')}</Eyebrow>
        </div>
        <div className="flex items-center gap-2">
          <Link
            href={{ pathname: '/modules/[slug]', params: { slug } }}
            className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-lg text-2xl text-brand-700 hover:bg-brand-50 sm:hidden"
          >
            <span aria-hidden="true">←</span>
            <span className="sr-only">{t('backToModule')}</span>
          </Link>
          <h1
            className="text-lg leading-snug font-extrabold text-brand-900 sm:text-3xl"
            lang={fallbackLang(formation, locale, 'title')}
          >
            {formation.title}
          </h1>
        </div>
        <TranslationNotice docs={[formation]} locale={locale} />
        {formation.intro ? (
          <p className="mt-2 hidden text-lg text-slate-700 sm:block" lang={fallbackLang(formation, locale, 'intro')}>
            {formation.intro}
          </p>
        ) : null}
        <noscript>
          <Notice tone="warning" look="soft" className="mt-4">
            {t('noScript')}
          </Notice>
        </noscript>
        <div className="mt-2 sm:mt-6">
          {/* The player is the only client code that needs messages: send only its own, and the simulated
            screens' texts when a step uses one. */}
          <PlayerMessages locale={locale} messages={playerMessages}>
            {key ? (
              <SavedFormation
                steps={steps}
                backHref={backHref}
                formation={formation.id}
                locale={locale}
                learnerKey={key}
                saved={saved}
                learnerSpaceHref={getPathname({ href: '/espace-apprenant', locale })}
              />
            ) : (
              <FormationPlayer steps={steps} backHref={backHref} />
            )}
          </PlayerMessages>
        </div>
      </article>
    </>
  )
}
