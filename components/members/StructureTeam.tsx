import { getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import type { FormLabels, FormState } from '@/lib/forms/types'
import type { structureTeam } from '@/lib/structures/queries'

type Team = Awaited<ReturnType<typeof structureTeam>>

/** Members (no e-mail addresses), with a new temporary password for apprenants who have no e-mail. */
export async function StructureTeam({
  team,
  labels,
  resetPassword,
}: {
  team: Team
  labels: FormLabels
  resetPassword: (state: FormState, form: FormData) => Promise<FormState>
}) {
  const t = await getTranslations('structure')
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300">
      {team.members.map((m) => (
        <li key={m.id} className="p-3">
          <p>
            <span className="font-semibold">{m.name}</span>
            {m.username ? <span className="text-slate-700"> ({m.username})</span> : null} ·{' '}
            {t(m.profile === 'aidant' ? 'profileAidant' : 'profileApprenant')} ·{' '}
            {t(m.structureRole === 'referent' ? 'roleReferent' : 'roleMember')}
          </p>
          {m.profile === 'apprenant' && !m.hasEmail ? (
            <div className="mt-2">
              <ActionForm
                action={resetPassword}
                labels={labels}
                submitLabel={t('resetPassword', { name: m.name })}
                fields={[
                  { kind: 'hidden', name: 'apprenant', value: String(m.id) },
                  { kind: 'hidden', name: 'name', value: m.name },
                ]}
              />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
