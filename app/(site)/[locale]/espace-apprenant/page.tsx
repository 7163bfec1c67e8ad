import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MyBadges } from '@/components/badges/MyBadges'
import { MyDiagnostics } from '@/components/diagnostic/MyDiagnostics'
import { ActionForm } from '@/components/forms/ActionForm'
import { ModuleButton } from '@/components/learner/ModuleButton'
import { ThemeLevels } from '@/components/learner/ThemeLevels'
import { LeaveDeviceForm } from '@/components/offline/LeaveDeviceForm'
import { OfflineSupport } from '@/components/offline/OfflineSupport'
import { MyCodeSection } from '@/components/workshops/MyCodeSection'
import { icons, SpaceLinks } from '@/components/members/SpaceLinks'
import { LinkButton } from '@/components/ui/LinkButton'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { learnerBadges } from '@/lib/badges/queries'
import { formLabels } from '@/lib/forms/state'
import { resultLevels } from '@/lib/diagnostic/resultLevels'
import { withWords } from '@/lib/diagnostic/snapshot'
import { strengthsAndPriorities } from '@/lib/diagnostic/scoring'
import { criteriaQuery } from '@/lib/orientation/criteria'
import { servicesForPriorities } from '@/lib/orientation/needs'
import { getPayloadClient } from '@/lib/payload/client'
import { learnerOverview } from '@/lib/progress/overview'
import { alternatesFor } from '@/lib/seo/alternates'
import { leaveWorkshopAction, saveProgressAccountAction } from '@/lib/workshops/actions'
import { getCurrentLearner } from '@/lib/workshops/learner'
import { displayPersonalCode } from '@/lib/workshops/personalCode'
import { cardOf } from '@/lib/workshops/progressCards'

/** Reads the learner's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'spaces' })
  return { title: t('learnerTitle'), alternates: alternatesFor('/espace-apprenant', locale), robots: { index: false } }
}

/**
 * The learner space, for apprenants, aidants, and workshop participants without an account: large buttons,
 * few choices. Continue where you stopped, your workshops, what you opened lately, your levels.
 */
export default async function LearnerSpacePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const learner = await getCurrentLearner()
  const here = getPathname({ href: '/espace-apprenant', locale })
  // Members go through the usual checks (temporary password); participants are known by their workshop cookie.
  const member = learner.participant && !learner.member ? null : await requireMember(locale, here)
  const payload = await getPayloadClient()
  const [t, s, d, o, labels, overview] = await Promise.all([
    getTranslations('learner'),
    getTranslations('spaces'),
    getTranslations('diagnostic.history'),
    getTranslations('offline'),
    formLabels(),
    learnerOverview(payload, learner, locale),
  ])
  // The member's own results, read with their own rights (access/diagnosticResultRead.ts); a participant
  // without an account, those taken in their workshop (they are known by the signed cookie only).
  const results = (
    await payload.find({
      collection: 'diagnostic-results',
      where: member ? { member: { equals: member.id } } : { participant: { equals: learner.participant?.id ?? -1 } },
      sort: '-createdAt',
      limit: 10,
      depth: 0,
      ...(member ? { user: member, overrideAccess: false } : { overrideAccess: true }),
    })
  ).docs
  const name = member?.name ?? learner.participant?.name ?? ''
  // "Find help near me" opens with the kinds of help of the latest diagnostic's priorities ticked.
  const latest = results[0]
  const orientationQuery = latest
    ? {
        ...criteriaQuery({ needs: servicesForPriorities(strengthsAndPriorities(resultLevels(latest)).priorities) }),
        from: 'diagnostic',
      }
    : {}
  const orientation = await getTranslations('orientation')
  // Kept by the service worker for offline use: every formation of the learner's workshops and the ones opened.
  const formationHref = (slug: string) =>
    getPathname({ href: { pathname: '/modules/[slug]/formation', params: { slug } }, locale })
  const keep = [
    ...overview.workshops.flatMap(({ content }) => [
      ...content.modules.map((m) => m.slug),
      ...content.parcours.flatMap((p) => p.modules.map((m) => m.slug)),
    ]),
    ...overview.recent.filter((r) => r.formation).map((r) => r.slug),
  ]
  // A participant without an account: the personal code that reopens this progress elsewhere (issue 18).
  const card = !member && learner.participant ? await cardOf(payload, learner.participant) : null

  return (
    <>
      <div className="mx-auto max-w-3xl px-4 py-4 text-lg sm:py-8">
        <PageHeading>{s('learnerTitle')}</PageHeading>
        <p className="mt-2 text-xl text-slate-700">{s('learnerIntro', { name })}</p>
        <OfflineSupport keep={[...new Set(keep)].map(formationHref)} readyLabel={o('ready')} sendWaitingIn={locale} />

        {overview.continueAt ? (
          <section aria-labelledby="continue-title" className="mt-6">
            <h2 id="continue-title" className="mb-3 text-2xl font-bold">
              {t('continue')}
            </h2>
            <ModuleButton {...overview.continueAt} />
          </section>
        ) : null}

        {overview.workshops.map(({ workshop, content }) => (
          <section key={workshop.id} aria-labelledby={`workshop-${workshop.id}`} className="mt-8">
            <h2 id={`workshop-${workshop.id}`} className="text-2xl font-bold">
              {t('workshop', { title: workshop.title })}
            </h2>
            <ul className="mt-3 grid gap-3">
              {content.modules.map((m) => (
                <li key={m.id}>
                  <ModuleButton slug={m.slug} title={m.title} status={overview.status[m.id] ?? 'not_started'} />
                </li>
              ))}
            </ul>
            {content.parcours.map((p) => (
              <div key={p.id} className="mt-4">
                <h3 className="text-xl font-bold">{t('parcours', { title: p.title })}</h3>
                <ol className="mt-2 grid gap-3">
                  {p.modules.map((m) => (
                    <li key={m.id}>
                      <ModuleButton slug={m.slug} title={m.title} status={overview.status[m.id] ?? 'not_started'} />
                    </li>
                  ))}
                </ol>
              </div>
            ))}
            {content.diagnostic ? (
              <p className="mt-4">
                <LinkButton
                  href={content.diagnostic === 'situation' ? '/diagnostic/questionnaire' : '/diagnostic'}
                  size="xl"
                >
                  {t('takeDiagnostic')}
                </LinkButton>
              </p>
            ) : null}
          </section>
        ))}

        <section aria-labelledby="levels-title" className="mt-8">
          <h2 id="levels-title" className="mb-3 text-2xl font-bold">
            {t('levelsTitle')}
          </h2>
          <ThemeLevels themes={overview.themes} />
        </section>

        <MyBadges locale={locale} badges={await learnerBadges(payload, learner, locale)} />

        {overview.recent.length ? (
          <section aria-labelledby="recent-title" className="mt-8">
            <h2 id="recent-title" className="mb-3 text-2xl font-bold">
              {t('recent')}
            </h2>
            <ul className="grid gap-3">
              {overview.recent.map((r) => (
                <li key={`${r.slug}-${r.formation}`}>
                  <ModuleButton {...r} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="diagnostics-title" className="mt-10">
          <h2 id="diagnostics-title" className="mb-3 text-2xl font-bold">
            {d('title')}
          </h2>
          <MyDiagnostics results={await withWords(payload, results, locale)} />
        </section>

        <section aria-labelledby="orient-title" className="mt-8 rounded-xl bg-brand-50 p-4">
          <h2 id="orient-title" className="text-2xl font-bold">
            {orientation('entryCta')}
          </h2>
          <p className="mt-2 text-lg">{orientation('intro')}</p>
          <LinkButton href={{ pathname: '/orientation', query: orientationQuery }} size="xl" className="mt-3">
            {orientation('entryCta')}
          </LinkButton>
        </section>

        {member ? (
          <>
            <div className="mt-8">
              <SpaceLinks
                links={[
                  { href: '/catalogue', label: s('learnerCta'), icon: icons.book },
                  { href: '/diagnostic', label: s('diagnosticCta'), icon: icons.check },
                  { href: '/code', label: t('joinCta'), icon: icons.learn },
                  { href: '/compte', label: s('accountCta'), icon: icons.person },
                ]}
              />
            </div>
          </>
        ) : (
          <>
            {card ? <MyCodeSection code={displayPersonalCode(card.code)} /> : null}
            <section aria-labelledby="save-title" className="mt-10 rounded-xl border-2 border-slate-300 p-4">
              <h2 id="save-title" className="text-2xl font-bold">
                {t('saveTitle')}
              </h2>
              <p className="mt-2 text-lg">{t('saveIntro')}</p>
              <div className="mt-4">
                <ActionForm
                  action={saveProgressAccountAction.bind(null, locale)}
                  labels={labels}
                  idPrefix="save"
                  submitLabel={t('saveSubmit')}
                  fields={[
                    {
                      kind: 'input',
                      name: 'username',
                      label: t('username'),
                      hint: t('usernameHint'),
                      required: true,
                      autoComplete: 'username',
                    },
                    {
                      kind: 'input',
                      name: 'password',
                      type: 'password',
                      label: t('password'),
                      hint: t('passwordHint'),
                      required: true,
                      autoComplete: 'new-password',
                    },
                    {
                      kind: 'input',
                      name: 'passwordConfirm',
                      type: 'password',
                      label: t('passwordConfirm'),
                      required: true,
                      autoComplete: 'new-password',
                    },
                  ]}
                />
              </div>
            </section>
            <div className="mt-6">
              <LeaveDeviceForm
                action={leaveWorkshopAction.bind(null, locale)}
                locale={locale}
                labels={{ submit: t('leave'), unsent: o('unsent') }}
              >
                <p className="text-lg">{t('leaveIntro')}</p>
              </LeaveDeviceForm>
            </div>
          </>
        )}
      </div>
    </>
  )
}
