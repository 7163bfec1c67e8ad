import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LevelBars } from '@/components/diagnostic/LevelBars'
import { SituationSummary } from '@/components/diagnostic/SituationSummary'
import { LinkButton } from '@/components/ui/LinkButton'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { findResultByCode } from '@/lib/diagnostic/findResult'
import { recommendations } from '@/lib/diagnostic/recommendations'
import { resultLevels } from '@/lib/diagnostic/resultLevels'
import { strengthsAndPriorities } from '@/lib/diagnostic/scoring'
import { resultSheet } from '@/lib/diagnostic/snapshot'
import { servicesForPriorities } from '@/lib/orientation/needs'
import type { SituationAnswers } from '@/lib/diagnostic/situation'
import { criteriaQuery } from '@/lib/orientation/criteria'
import { getPayloadClient } from '@/lib/payload/client'

type Props = { params: Promise<{ locale: Locale; code: string }> }

/** A result is read by its code: rendered per request, never listed or indexed. */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'diagnostic.result' })
  return { title: t('title'), robots: { index: false } }
}

/** The result sheet: levels in words and bars, strengths, priorities, recommendations; prints on one page. */
export default async function DiagnosticResultPage({ params }: Props) {
  const { locale, code } = await params
  setRequestLocale(locale)
  const payload = await getPayloadClient()
  const [t, result] = await Promise.all([
    getTranslations('diagnostic'),
    findResultByCode(payload, decodeURIComponent(code)),
  ])
  const again = (
    <LinkButton href="/diagnostic" variant="secondary" size="lg" className="print:hidden">
      {t('result.again')}
    </LinkButton>
  )
  if (!result) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading>{t('result.title')}</PageHeading>
        <p role="alert" className="my-6 text-xl">
          {t('result.notFound')}
        </p>
        {again}
      </div>
    )
  }
  const levels = resultLevels(result)
  const { strengths, priorities } = strengthsAndPriorities(levels)
  // The words and recommendations of the diagnostic it was scored with, even if it changed since.
  const sheet = await resultSheet(payload, result, locale)
  const domainTitle = (key: string) => sheet.words.domains[key] ?? key
  const [recommended, o] = await Promise.all([
    recommendations(payload, locale, sheet.recommended),
    getTranslations('orientation'),
  ])

  return (
    <article className="mx-auto max-w-3xl px-4 py-4 text-lg sm:py-8 print:max-w-none print:p-0 print:text-[11pt]">
      <PageHeading className="print:text-2xl">{t('result.title')}</PageHeading>
      <p className="mt-2 text-lg">{t('result.intro')}</p>
      <p className="mt-4 inline-block rounded-lg bg-brand-50 px-3 py-2 text-xl font-bold print:border print:border-black">
        {t('result.code', { code: result.code })}
      </p>
      <p className="text-slate-700">{t('result.codeHint')}</p>
      <p className="mt-4 text-xl font-semibold">{t('result.overall', { level: sheet.words.levels[levels.overall] })}</p>

      {result.kind === 'situation' ? (
        <SituationSummary answers={result.answers as SituationAnswers} words={sheet.words} />
      ) : null}
      <h2 className="mt-6 text-2xl font-bold print:mt-3 print:text-lg">{t('result.domainsTitle')}</h2>
      <div className="mt-3">
        <LevelBars result={levels} words={sheet.words} />
      </div>

      <div className="mt-6 grid gap-6 sm:grid-cols-2 print:mt-3 print:grid-cols-2">
        <section>
          <h2 className="text-xl font-bold">{t('result.strengths')}</h2>
          {strengths.length ? (
            <ul className="mt-2 list-disc pl-6">
              {strengths.map((d) => (
                <li key={d}>{domainTitle(d)}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t('result.noStrengths')}</p>
          )}
        </section>
        <section>
          <h2 className="text-xl font-bold">{t('result.priorities')}</h2>
          <ul className="mt-2 list-disc pl-6">
            {priorities.map((d) => (
              <li key={d}>{domainTitle(d)}</li>
            ))}
          </ul>
        </section>
      </div>

      {/* Where to get help nearby for these priorities: the wizard opens with the matching kinds of help ticked. */}
      <section aria-labelledby="orient-title" className="mt-6 rounded-xl bg-brand-50 p-4 print:hidden">
        <h2 id="orient-title" className="text-xl font-bold">
          {o('entryCta')}
        </h2>
        <p className="mt-1">{o('entryIntro')}</p>
        <LinkButton
          href={{
            pathname: '/orientation',
            query: { ...criteriaQuery({ needs: servicesForPriorities(priorities) }), from: 'diagnostic' },
          }}
          size="lg"
          className="mt-3"
        >
          {o('entryCta')}
        </LinkButton>
      </section>

      <h2 className="mt-6 text-2xl font-bold print:mt-3 print:text-lg">{t('result.recommended')}</h2>
      {recommended.modules.some((r) => r.modules.length) ? (
        <ul className="mt-2 space-y-1 text-lg">
          {recommended.modules.flatMap(({ domain, modules }) =>
            modules.map((m) => (
              <li key={m.id}>
                <Link
                  href={{ pathname: '/modules/[slug]', params: { slug: m.slug } }}
                  className="text-brand-700 underline"
                >
                  {m.title}
                </Link>{' '}
                <span className="text-slate-700">· {domainTitle(domain)}</span>
              </li>
            )),
          )}
        </ul>
      ) : (
        <p className="mt-2">{t('result.noRecommendation')}</p>
      )}
      {recommended.parcours.length ? (
        <>
          <h2 className="mt-6 text-2xl font-bold print:mt-3 print:text-lg">{t('result.recommendedParcours')}</h2>
          <ul className="mt-2 space-y-1 text-lg">
            {recommended.parcours.map((p) => (
              <li key={p.id}>
                <Link
                  href={{ pathname: '/parcours/[slug]', params: { slug: p.slug } }}
                  className="text-brand-700 underline"
                >
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="mt-8 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t('result.print')} />
        {again}
      </div>
    </article>
  )
}
