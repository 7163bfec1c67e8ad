import type { Metadata } from 'next'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { redirect } from 'next/navigation'

import { PlayerMessages } from '@/components/formation/messages'
import { DiagnosticPlayer } from '@/components/diagnostic/DiagnosticPlayer'
import { Button } from '@/components/ui/Button'
import { LinkButton } from '@/components/ui/LinkButton'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { structureLearners } from '@/lib/diagnostic/attribution'
import { publishedDiagnostic } from '@/lib/diagnostic/published'
import { normalizeCode } from '@/lib/diagnostic/resultCode'
import { getPayloadClient } from '@/lib/payload/client'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ code?: string }> }

/** The code form sends ?code=…: rendered per request. */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'diagnostic' })
  return { title: t('title'), description: t('metaDescription'), alternates: alternatesFor('/diagnostic', locale) }
}

/** The simulator: no account needed; the player (client code) is loaded on this page only. */
export default async function DiagnosticPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { code } = await searchParams
  if (code?.trim()) {
    redirect(
      getPathname({ href: { pathname: '/diagnostic/resultat/[code]', params: { code: normalizeCode(code) } }, locale }),
    )
  }
  const [t, messages, member, payload, diagnostic] = await Promise.all([
    getTranslations('diagnostic'),
    getMessages(),
    getCurrentMember(),
    getPayloadClient(),
    publishedDiagnostic('simulator', locale),
  ])
  const learners = await structureLearners(payload, member)

  return (
    <div className="mx-auto max-w-3xl px-4 py-4 text-lg sm:py-8">
      {diagnostic ? (
        <PlayerMessages locale={locale} messages={{ diagnostic: messages.diagnostic }}>
          {/* The title and intro come with the player: during the tasks they give way to the exercise. */}
          <DiagnosticPlayer
            // Only what the player runs: the domains' tasks and the thresholds, not the recommendations.
            diagnostic={{
              thresholds: diagnostic.thresholds,
              domains: diagnostic.domains.map((d) => ({ ...d, recommendations: [] })),
            }}
            learners={learners}
            title={t('title')}
            intro={
              <div className="space-y-2 text-xl">
                <p>{t('intro')}</p>
                <p>{t('introNoAccount')}</p>
                <p>{t('introSkip')}</p>
              </div>
            }
          />
        </PlayerMessages>
      ) : (
        // Nothing published (yet): said plainly, never a built-in copy of the tasks.
        <>
          <PageHeading size="lg">{t('title')}</PageHeading>
          <p role="status" className="mt-4 text-xl">
            {t('unpublished')}
          </p>
        </>
      )}
      <section className="mt-12 rounded-xl border-2 border-brand-700 p-5">
        <h2 className="text-xl font-bold">{t('situation.cta')}</h2>
        <p className="mt-1 text-lg">{t('situation.ctaText')}</p>
        <LinkButton href="/diagnostic/questionnaire" size="lg" className="mt-3">
          {t('situation.cta')}
        </LinkButton>
      </section>
      <form method="get" className="mt-12 flex flex-wrap items-end gap-2 border-t border-slate-200 pt-6">
        <h2 className="w-full text-xl font-bold">{t('result.enterCode')}</h2>
        <label className="text-lg font-semibold">
          {t('result.codeLabel')}
          <input
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            className="mt-1 block min-h-12 rounded-lg border-2 border-slate-500 px-3 text-lg uppercase"
          />
        </label>
        <Button type="submit" variant="secondary" size="lg">
          {t('result.see')}
        </Button>
      </form>
    </div>
  )
}
