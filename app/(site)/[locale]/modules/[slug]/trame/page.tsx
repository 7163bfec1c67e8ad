import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { TranslationNotice } from '@/components/i18n/TranslationNotice'
import { PrintToolbar } from '@/components/print/PrintToolbar'
import { RichText } from '@/components/richtext/RichText'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'
import { moduleResources, requireModule, requireResourceReader } from '@/lib/catalogue/page'
import { fallbackLang } from '@/lib/i18n/translationGaps'
import { moduleSubpageMetadata } from '@/lib/seo/moduleSubpageMetadata'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return moduleSubpageMetadata(locale, slug, 'trame')
}

export default async function TramePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  await requireResourceReader(locale, slug, 'trame')
  const [moduleDoc, t] = await Promise.all([requireModule(locale, slug), getTranslations('trame')])
  const { trame } = moduleResources(moduleDoc)
  if (!trame) notFound()
  const total = trame.steps.reduce((sum, step) => sum + step.minutes, 0)
  const langOf = (path: string) => fallbackLang(trame, locale, path)
  const moduleLang = (path: string) => fallbackLang(moduleDoc, locale, path)

  return (
    <article className="mx-auto max-w-4xl px-4 py-8 print:max-w-none print:p-0">
      <PrintToolbar slug={slug} />
      <header className="mt-4 border-b-4 border-brand-700 pb-4 print:mt-0">
        <Eyebrow>{t('title')} · 123Digit</Eyebrow>
        <PageHeading className="mt-1" lang={moduleLang('title')}>
          {moduleDoc.title}
        </PageHeading>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <LevelBadge level={moduleDoc.level} />
          <span className="font-semibold">{t('total', { minutes: total })}</span>
        </div>
      </header>
      <TranslationNotice docs={[trame, moduleDoc]} locale={locale} />

      <div className="mt-6 grid gap-6 sm:grid-cols-2 print:grid-cols-2">
        <section aria-labelledby="trame-objectives">
          <h2 id="trame-objectives" className="text-xl font-bold">
            {t('objectives')}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {(moduleDoc.objectives ?? []).map((o) => (
              <li key={o.id} lang={moduleLang(`objectives.${o.id}.text`)}>
                {o.text}
              </li>
            ))}
          </ul>
          {trame.audience ? (
            <>
              <h2 className="mt-4 text-xl font-bold">{t('audience')}</h2>
              <p className="mt-1" lang={langOf('audience')}>
                {trame.audience}
              </p>
            </>
          ) : null}
        </section>
        <section aria-labelledby="trame-material">
          <h2 id="trame-material" className="text-xl font-bold">
            {t('material')}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {(trame.material ?? []).map((item) => (
              <li key={item.id} lang={langOf(`material.${item.id}.text`)}>
                {item.text}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="trame-steps" className="mt-8">
        <h2 id="trame-steps" className="text-2xl font-bold">
          {t('steps')}
        </h2>
        <ol className="mt-4 space-y-4">
          {trame.steps.map((step, index) => (
            <li
              key={step.id}
              className="grid grid-cols-[5rem_1fr] gap-4 break-inside-avoid rounded-lg border border-slate-300 p-4"
            >
              <div className="text-center">
                <span className="block text-2xl font-extrabold text-brand-700">{index + 1}</span>
                <span className="text-sm font-semibold">{t('minutes', { minutes: step.minutes })}</span>
              </div>
              <div>
                <h3 className="text-lg font-bold" lang={langOf(`steps.${step.id}.title`)}>
                  {step.title}
                </h3>
                <div lang={langOf(`steps.${step.id}.description`)}>
                  <RichText data={step.description} className="mt-1" />
                </div>
              </div>
            </li>
          ))}
        </ol>
      </section>

      {trame.tips?.length ? (
        <section
          aria-labelledby="trame-tips"
          className="mt-8 break-inside-avoid rounded-lg bg-brand-50 p-5 print:border print:border-slate-400 print:bg-white"
        >
          <h2 id="trame-tips" className="text-xl font-bold">
            {t('tips')}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {trame.tips.map((tip) => (
              <li key={tip.id} lang={langOf(`tips.${tip.id}.text`)}>
                {tip.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
