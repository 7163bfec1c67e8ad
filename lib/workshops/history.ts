import type { Payload, Where } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Locale } from '@/i18n/locales'
import type { DiagnosticResult, Member, Progress, Workshop, WorkshopParticipant } from '@/payload-types'

export type LearnerHistory = {
  participant: WorkshopParticipant
  workshops: Workshop[]
  progress: (Progress & { formationTitle: string })[]
  diagnostics: DiagnosticResult[]
}

/**
 * One learner as an aidant may see them: the workshops of the aidant's structure they joined and agreed to
 * share, their progress there, and their diagnostics. All read with the aidant's own rights.
 */
export async function learnerHistory(
  payload: Payload,
  aidant: Member & { collection: 'members' },
  participantId: number,
  locale: Locale,
): Promise<LearnerHistory | null> {
  const rights = { user: aidant, overrideAccess: false, depth: 0, limit: 100 } as const
  const participant = await payload.findByID({
    collection: 'workshop-participants',
    id: participantId,
    ...rights,
    disableErrors: true,
  })
  if (!participant) return null
  const member = idOf(participant.member)
  const { docs: participations } = member
    ? await payload.find({ collection: 'workshop-participants', where: { member: { equals: member } }, ...rights })
    : { docs: [participant] }
  const ids = participations.map((p) => p.id)
  const byLearner: Where = member
    ? { or: [{ participant: { in: ids } }, { member: { equals: member } }] }
    : { participant: { equals: participant.id } }
  const [workshops, progress, diagnostics] = await Promise.all([
    payload.find({
      collection: 'workshops',
      where: { id: { in: participations.map((p) => idOf(p.workshop)) } },
      sort: '-date',
      ...rights,
    }),
    payload.find({ collection: 'progress', where: byLearner, sort: '-updatedAt', ...rights, depth: 1, locale }),
    payload.find({ collection: 'diagnostic-results', where: byLearner, sort: '-createdAt', ...rights }),
  ])
  return {
    participant,
    workshops: workshops.docs,
    progress: progress.docs.map((row) => ({
      ...row,
      formationTitle: typeof row.formation === 'object' ? row.formation.title : '',
    })),
    diagnostics: diagnostics.docs,
  }
}
