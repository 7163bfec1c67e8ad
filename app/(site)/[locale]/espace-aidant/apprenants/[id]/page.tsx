import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { FollowedBadges } from '@/components/badges/FollowedBadges'
import { MyDiagnostics } from '@/components/diagnostic/MyDiagnostics'
import { Card } from '@/components/ui/Card'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { followedBadges } from '@/lib/badges/queries'
import { brusselsFormat } from '@/lib/time/brussels'
import { getPayloadClient } from '@/lib/payload/client'
import { withWords } from '@/lib/diagnostic/snapshot'
import { learnerHistory } from '@/lib/workshops/history'
import { statusLabels } from '@/lib/workshops/statusLabels'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'followUp' })
  return { title: t('historyTitle'), robots: { index: false } }
}

/** One learner's history across the structure's workshops and their diagnostics. */
export default async function LearnerHistoryPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: { pathname: '/espace-aidant/apprenants/[id]', params: { id } }, locale })
  const member = await requireMember(locale, here, { aidant: true })
  const history = Number.isInteger(Number(id))
    ? await learnerHistory(await getPayloadClient(), member, Number(id), locale)
    : null
  if (!history) notFound()
  const [t, d, w, status] = await Promise.all([
    getTranslations('followUp'),
    getTranslations('diagnostic.history'),
    getTranslations('workshops'),
    statusLabels(),
  ])
  const dateFormat = brusselsFormat(locale, { dateStyle: 'medium' })
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <TextLink href="/espace-aidant">← {w('backToSpace')}</TextLink>
      <PageHeading>{t('historyOf', { name: history.participant.name })}</PageHeading>
      <section aria-labelledby="h-workshops" className="mt-6">
        <h2 id="h-workshops" className="text-2xl font-bold">
          {w('myWorkshops')}
        </h2>
        <ul className="mt-2 space-y-1 text-lg">
          {history.workshops.map((ws) => (
            <li key={ws.id}>
              <Link
                href={{ pathname: '/espace-aidant/ateliers/[id]', params: { id: String(ws.id) } }}
                className="text-brand-700 underline"
              >
                {ws.title}
              </Link>{' '}
              · {dateFormat.format(new Date(ws.date))}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-progress" className="mt-6">
        <h2 id="h-progress" className="text-2xl font-bold">
          {t('progressTitle')}
        </h2>
        {history.progress.length ? (
          <ul className="mt-2 space-y-2">
            {history.progress.map((row) => (
              <Card key={row.id} as="li" padding="sm">
                <p className="font-semibold">{row.formationTitle}</p>
                <p className="text-slate-700">
                  {status[row.status]}
                  {row.score !== null && row.score !== undefined
                    ? ` · ${t('scoreValue', { score: row.score, total: row.questions ?? 0 })}`
                    : ''}{' '}
                  · {t('attemptsValue', { count: row.attempts ?? 0 })} ·{' '}
                  {t('minutesValue', { count: Math.round((row.seconds ?? 0) / 60) })} ·{' '}
                  {dateFormat.format(new Date(row.updatedAt))}
                </p>
              </Card>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-lg">{t('noAnswers')}</p>
        )}
      </section>
      <FollowedBadges
        locale={locale}
        badges={await followedBadges(await getPayloadClient(), member, history.participant, locale)}
      />
      <section aria-labelledby="h-diagnostics" className="mt-6">
        <h2 id="h-diagnostics" className="mb-2 text-2xl font-bold">
          {d('title')}
        </h2>
        <MyDiagnostics results={await withWords(await getPayloadClient(), history.diagnostics, locale)} />
      </section>
    </div>
  )
}
