import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Locale } from '@/i18n/locales'
import type { Member, Progress, Workshop, WorkshopParticipant } from '@/payload-types'
import { allSharedModules, type SharedModule, workshopContent } from './content'

export type Cell = {
  status: 'not_started' | 'in_progress' | 'completed'
  score: number | null
  questions: number | null
  attempts: number
  seconds: number
}
export type LearnerRow = { participant: WorkshopParticipant; cells: Cell[] }
export type StepDifficulty = { module: SharedModule; stepId: string; label: string; failed: number; answered: number }
export type FollowUp = {
  modules: SharedModule[]
  rows: LearnerRow[]
  /** Participants who did not agree to share: counted, never shown. */
  notSharing: number
  difficulty: StepDifficulty[]
}

const notStarted: Cell = { status: 'not_started', score: null, questions: null, attempts: 0, seconds: 0 }

/** What a question step asks, whatever its kind, for the difficulty table. */
function stepLabel(step: object): string {
  const block = step as Record<string, unknown>
  for (const key of ['question', 'instruction', 'title'] as const)
    if (typeof block[key] === 'string' && block[key]) return block[key] as string
  return String(block.blockType)
}

/** The progress row of a participant for a formation: played in this workshop, or by their account. */
function rowOf(rows: Progress[], participant: WorkshopParticipant, formation: number | null): Progress | undefined {
  if (!formation) return undefined
  const member = idOf(participant.member)
  return rows.find(
    (r) =>
      idOf(r.formation) === formation &&
      (idOf(r.participant) === participant.id || (member !== null && idOf(r.member) === member)),
  )
}

/**
 * The aidant's follow-up of one workshop: learners × shared modules, and the questions most learners fail.
 * Everything is read with the aidant's own rights (access/learnerDataRead.ts): a learner who did not agree
 * to share, or a workshop of another structure, is simply not returned.
 */
export async function workshopFollowUp(
  payload: Payload,
  workshop: Workshop,
  aidant: Member & { collection: 'members' },
  locale: Locale,
): Promise<FollowUp> {
  const asAidant = { user: aidant, overrideAccess: false, depth: 0 } as const
  const [content, participants, everyone] = await Promise.all([
    workshopContent(payload, workshop, locale),
    payload.find({
      collection: 'workshop-participants',
      where: { workshop: { equals: workshop.id } },
      sort: 'name',
      limit: 0,
      pagination: false,
      ...asAidant,
    }),
    payload.count({
      collection: 'workshop-participants',
      where: { workshop: { equals: workshop.id } },
      overrideAccess: true,
    }),
  ])
  const modules = allSharedModules(content)
  const formations = modules.map((m) => m.formation).filter((f) => f !== null)
  const learners = participants.docs
  const members = learners.map((p) => idOf(p.member)).filter((m) => m !== null)
  const { docs: progress } = await payload.find({
    collection: 'progress',
    where: {
      and: [
        { formation: { in: [...formations, -1] } },
        {
          or: [{ participant: { in: [...learners.map((p) => p.id), -1] } }, { member: { in: [...members, -1] } }],
        },
      ],
    },
    limit: 0,
    pagination: false,
    ...asAidant,
  })
  const rows = learners.map((participant) => ({
    participant,
    cells: modules.map((m): Cell => {
      const row = rowOf(progress, participant, m.formation)
      if (!row) return notStarted
      return {
        status: row.status,
        score: row.score ?? null,
        questions: row.questions ?? null,
        attempts: row.attempts ?? 0,
        seconds: row.seconds ?? 0,
      }
    }),
  }))
  return {
    modules,
    rows,
    notSharing: everyone.totalDocs - learners.length,
    difficulty: await difficulty(payload, modules, learners, progress, locale),
  }
}

/** The questions some learner failed at least once, with how many of those who answered it. Hardest first. */
async function difficulty(
  payload: Payload,
  modules: SharedModule[],
  learners: WorkshopParticipant[],
  progress: Progress[],
  locale: Locale,
): Promise<StepDifficulty[]> {
  const result: StepDifficulty[] = []
  for (const m of modules) {
    if (!m.formation) continue
    const formation = await payload.findByID({
      collection: 'formations',
      id: m.formation,
      locale,
      depth: 0,
      select: { steps: true },
      overrideAccess: true,
      disableErrors: true,
    })
    const rows = learners.map((p) => rowOf(progress, p, m.formation)).filter((r) => r !== undefined)
    for (const block of formation?.steps ?? []) {
      if (block.blockType === 'content' || !block.id) continue
      const answered = rows.filter(
        (r) =>
          (r.steps as Record<string, unknown> | null)?.[block.id!] ||
          (r.failed as string[] | null)?.includes(block.id!),
      )
      const failed = answered.filter((r) => (r.failed as string[] | null)?.includes(block.id!))
      if (failed.length)
        result.push({
          module: m,
          stepId: block.id,
          label: stepLabel(block),
          failed: failed.length,
          answered: answered.length,
        })
    }
  }
  return result.sort((a, b) => b.failed / b.answered - a.failed / a.answered || b.failed - a.failed)
}
