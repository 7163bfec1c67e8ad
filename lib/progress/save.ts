import type { Payload, Where } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Member, Progress, WorkshopParticipant } from '@/payload-types'
import { keyedQueue } from '@/lib/concurrency/keyedQueue'
import { levelsGained, moduleOfFormation, type ProgressModule, type ThemeRef } from './levels'
import { applyEvents, type FormationShape, freshState, type ProgressState } from './merge'
import type { ProgressEvent, SavedProgress } from './types'

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

async function completedModules(payload: Payload, learner: Learner): Promise<Set<number>> {
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

// Saves of one learner's formation run one after another: two sends of the same queue (a retry racing a
// late answer) must not both create the row.
const serial = keyedQueue<string>()

export type SaveResult = { progress: SavedProgress; gained: { theme: ThemeRef; level: number }[] }

/**
 * Applies a learner's queued player events to their progress in a formation (lib/progress/merge.ts) and
 * says which levels that made them gain. In a workshop, the row carries the workshop and whether the
 * learner agreed to share it with the aidants of its structure.
 */
export async function saveProgress(
  payload: Payload,
  learner: Learner,
  formation: number,
  events: ProgressEvent[],
  catalogue: { modules: ProgressModule[]; themes: ThemeRef[] },
  now = new Date(),
): Promise<SaveResult | null> {
  const key = progressKey(learner, formation)
  const shape = await formationShape(payload, formation)
  if (!key || !shape) return null
  return serial(key, async () => {
    const row = await findProgress(payload, key)
    const before = toState(row)
    const after = applyEvents(before, events, shape, now)
    const moduleDoc = moduleOfFormation(catalogue.modules, formation)
    const participant = learner.participant
    const data = {
      key,
      member: learner.member?.id ?? null,
      formation,
      module: moduleDoc?.id ?? null,
      ...(participant
        ? {
            participant: participant.id,
            workshop: idOf(participant.workshop),
            structure: idOf(participant.structure),
            shared: Boolean(participant.shared),
          }
        : {}),
      ...after,
      questions: shape.questionIds.length,
    }
    let gained: SaveResult['gained'] = []
    if (after.status === 'completed' && before.status !== 'completed' && moduleDoc) {
      const done = await completedModules(payload, learner)
      gained = levelsGained(catalogue.themes, catalogue.modules, done, new Set([...done, moduleDoc.id]))
    }
    if (row) await payload.update({ collection: 'progress', id: row.id, data, overrideAccess: true })
    else await payload.create({ collection: 'progress', data, overrideAccess: true })
    return { progress: toSaved(after), gained }
  })
}
