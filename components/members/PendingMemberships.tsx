import { getFormatter, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import type { structureTeam } from '@/lib/structures/queries'
import type { Member } from '@/payload-types'

type Team = Awaited<ReturnType<typeof structureTeam>>

/** Join requests to accept or refuse, and invitations still waiting for an answer. */
export async function PendingMemberships({
  team,
  decide,
  cancel,
}: {
  team: Team
  decide: (form: FormData) => Promise<void>
  cancel: (form: FormData) => Promise<void>
}) {
  const [t, format] = await Promise.all([getTranslations('structure'), getFormatter()])
  return (
    <>
      <h2 className="mt-10 text-2xl font-bold">{t('requestsTitle')}</h2>
      {team.requests.length ? (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
          {team.requests.map((request) => {
            const name = (request.member as Member | null)?.name ?? '?'
            return (
              <li key={request.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <span className="font-semibold">{name}</span>
                <form action={decide} className="flex gap-2">
                  <input type="hidden" name="membership" value={request.id} />
                  <Button type="submit" name="decision" value="accept">
                    {t('accept')}
                    <span className="sr-only"> : {name}</span>
                  </Button>
                  <Button type="submit" name="decision" value="refuse" variant="neutral">
                    {t('refuse')}
                    <span className="sr-only"> : {name}</span>
                  </Button>
                </form>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-3 text-lg">{t('noRequests')}</p>
      )}
      <h2 className="mt-10 text-2xl font-bold">{t('invitationsTitle')}</h2>
      {team.invitations.length ? (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
          {team.invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <span>
                <span className="font-semibold">{invitation.email}</span> ·{' '}
                {t(invitation.profile === 'apprenant' ? 'profileApprenant' : 'profileAidant')} ·{' '}
                {invitation.expiresAt
                  ? t('expires', { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: 'long' }) })
                  : null}
              </span>
              <form action={cancel}>
                <input type="hidden" name="membership" value={invitation.id} />
                <Button type="submit" variant="neutral">
                  {t('cancel')}
                  <span className="sr-only"> : {invitation.email}</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-lg">{t('noInvitations')}</p>
      )}
    </>
  )
}
