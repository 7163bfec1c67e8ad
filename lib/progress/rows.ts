import type { Payload, Where } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member, Progress, WorkshopParticipant } from '@/payload-types'
import { type FormationShape, freshState, type ProgressState } from './merge'
import type { SavedProgress } from './types'

/** Who is learning: a member, a workshop participant without an account, or a member inside a workshop. */
export type Learner = { member: Member | null; participant: WorkshopParticipant | null }

export function progressKey(learner: Learner, formation: number): string | null {
  if (learner.member) return `m${learner.member.id}:f${formation}`
  if (learner.participant) return `p${learner.participant.id}:f${formation}`
  return null
}

/** The rows of one learner: by member when they have an account, else by participant. */
export function learnerWhere(learner: Learner): Where {
  if (learner.member) return { member: { equals: learner.member.id } }
  return { participant: { equals: learner.participant?.id ?? -1 } }
}

export async function formationShape(payload: Payload, formation: number): Promise<FormationShape | null> {
  const doc = await payload.findByID({
    collection: 'formations',
    id: formation,
    depth: 0,
    select: { steps: true },
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc) return null
  const steps = doc.steps.map((s, i) => ({ id: s.id ?? String(i), kind: s.blockType }))
  return { stepIds: steps.map((s) => s.id), questionIds: steps.filter((s) => s.kind !== 'content').map((s) => s.id) }
}

export function toState(row: Progress | undefined): ProgressState {
  if (!row) return freshState()
  return {
    status: row.status,
    currentStep: row.currentStep ?? 0,
    run: row.run ?? 1,
    steps: (row.steps as ProgressState['steps']) ?? {},
    failed: (row.failed as string[]) ?? [],
    score: row.score ?? null,
    attempts: row.attempts ?? 0,
    seconds: row.seconds ?? 0,
    completedAt: row.completedAt ?? null,
  }
}

export const toSaved = (state: ProgressState): SavedProgress => ({
  currentStep: state.currentStep,
  run: state.run,
  status: state.status,
  steps: state.steps,
})

export async function findProgress(payload: Payload, key: string): Promise<Progress | undefined> {
  const { docs } = await payload.find({
    collection: 'progress',
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

/** The modules this learner completed (levels gained, badges earned). */
export async function completedModules(payload: Payload, learner: Learner): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'progress',
    where: { and: [learnerWhere(learner), { status: { equals: 'completed' } }] },
    select: { module: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => idOf(d.module)).filter((id) => id !== null))
}
