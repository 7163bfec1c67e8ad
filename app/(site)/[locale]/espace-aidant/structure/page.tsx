import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MonthlyTotals } from '@/components/aidant/MonthlyTotals'
import { ActionForm } from '@/components/forms/ActionForm'
import { PasswordGrantLog } from '@/components/members/PasswordGrantLog'
import { PendingMemberships } from '@/components/members/PendingMemberships'
import { StructureSearch } from '@/components/members/StructureSearch'
import { structureFields, structureValues } from '@/components/members/structureForm'
import { StructureTeam } from '@/components/members/StructureTeam'
import { Badge } from '@/components/ui/Badge'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { monthlyTotals } from '@/lib/accompaniments/totals'
import { requireMember } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { passwordGrantsOf } from '@/lib/members/passwordGrants'
import { getPayloadClient } from '@/lib/payload/client'
import {
  cancelInvitationAction,
  createStructureAction,
  decideRequestAction,
  inviteAction,
  leaveStructureAction,
  requestToJoinAction,
  resetApprenantPasswordAction,
  updateStructureAction,
} from '@/lib/structures/actions'
import { pendingRequestOf, searchStructures, structureTeam } from '@/lib/structures/queries'
import type { Structure } from '@/payload-types'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string; ok?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'structure' })
  return { title: t('title'), robots: { index: false } }
}

/** An aidant's structure: join or create one; référents edit it, invite, and answer join requests. */
export default async function StructurePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: '/espace-aidant/structure', locale })
  const member = await requireMember(locale, here, { aidant: true })
  const { q = '', ok } = await searchParams
  const payload = await getPayloadClient()
  const structure = typeof member.structure === 'object' ? (member.structure as Structure | null) : null
  const [t, labels, fields] = await Promise.all([
    getTranslations('structure'),
    formLabels(),
    structureFields(structure),
  ])
  const results = q ? await searchStructures(payload, q) : null
  const search = <StructureSearch action={here} q={q} results={results} join={requestToJoinAction.bind(null, locale)} />

  if (!structure) {
    const pending = await pendingRequestOf(payload, member)
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading>{t('joinTitle')}</PageHeading>
        {pending ? (
          <Notice tone="warning" look="soft" className="mt-4 text-lg" role="status">
            {(await getTranslations('spaces'))('pendingRequest', { name: pending.structure.name })}
          </Notice>
        ) : null}
        <p className="mt-2 text-lg text-slate-700">{t('joinIntro')}</p>
        <div className="mt-4">{search}</div>
        <h2 className="mt-10 text-2xl font-bold">{t('createTitle')}</h2>
        <p className="mt-2 text-lg text-slate-700">{t('createIntro')}</p>
        <div className="mt-4">
          <ActionForm
            action={createStructureAction.bind(null, locale)}
            labels={labels}
            fields={fields}
            initialValues={{ country: 'BE' }}
            submitLabel={t('create')}
          />
        </div>
      </div>
    )
  }

  const referent = member.structureRole === 'referent'
  const team = referent ? await structureTeam(payload, structure.id) : null
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Eyebrow>{t('title')}</Eyebrow>
      <PageHeading>
        <Link href={{ pathname: '/structures/[slug]', params: { slug: structure.slug } }} className="hover:underline">
          {structure.name}
        </Link>
      </PageHeading>
      <p className="mt-1 text-lg text-slate-700">
        {structure.address}, {structure.postcode} {structure.city}
      </p>
      {ok === 'accepted' || ok === 'refused' ? (
        <Notice role="status" tone="success" className="mt-4 font-semibold">
          {t(ok)}
        </Notice>
      ) : null}
      {referent && team ? (
        <>
          <Badge as="p" className="mt-2">
            {(await getTranslations('spaces'))('referentBadge')}
          </Badge>
          <PendingMemberships
            team={team}
            decide={decideRequestAction.bind(null, locale)}
            cancel={cancelInvitationAction.bind(null, locale)}
          />
          <h2 className="mt-10 text-2xl font-bold">{t('inviteTitle')}</h2>
          <p className="mt-2 text-lg text-slate-700">{t('inviteIntro')}</p>
          <div className="mt-4">
            <ActionForm
              action={inviteAction.bind(null, locale)}
              labels={labels}
              submitLabel={t('invite')}
              initialValues={{ profile: 'aidant' }}
              fields={[
                {
                  kind: 'input',
                  name: 'email',
                  type: 'email',
                  label: t('inviteEmail'),
                  inputMode: 'email',
                  required: true,
                },
                {
                  kind: 'radios',
                  name: 'profile',
                  label: t('inviteProfile'),
                  required: true,
                  options: [
                    { value: 'aidant', label: t('profileAidant') },
                    { value: 'apprenant', label: t('profileApprenant') },
                  ],
                },
              ]}
            />
          </div>
          <h2 className="mt-10 text-2xl font-bold">{(await getTranslations('accompaniment'))('totalsTitle')}</h2>
          <MonthlyTotals totals={await monthlyTotals(payload, structure.id)} locale={locale} />
          <h2 className="mt-10 text-2xl font-bold">{t('teamTitle')}</h2>
          <div className="mt-3">
            <StructureTeam
              team={team}
              labels={labels}
              resetPassword={resetApprenantPasswordAction.bind(null, locale)}
            />
          </div>
          <PasswordGrantLog grants={await passwordGrantsOf(payload, member, structure.id)} />
          <h2 className="mt-10 text-2xl font-bold">{t('detailsTitle')}</h2>
          <div className="mt-4">
            <ActionForm
              action={updateStructureAction.bind(null, locale)}
              labels={labels}
              fields={fields}
              initialValues={structureValues(structure)}
              submitLabel={t('save')}
            />
          </div>
        </>
      ) : null}
      <h2 className="mt-10 text-2xl font-bold">{t('changeTitle')}</h2>
      <p className="mt-2 text-lg text-slate-700">{t('changeIntro')}</p>
      <div className="mt-4">{search}</div>
      <h2 className="mt-10 text-2xl font-bold">{t('leave')}</h2>
      <div className="mt-4">
        <ActionForm
          action={leaveStructureAction.bind(null, locale)}
          labels={labels}
          danger
          submitLabel={t('leave')}
          fields={[{ kind: 'checkbox', name: 'confirm', label: t('leaveConfirm'), required: true }]}
        />
      </div>
    </div>
  )
}
