import type { Payload } from 'payload'

import { uniqueRefusal, withLease } from '@/lib/concurrency/lease'
import { notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'

import { levelsGained, moduleOfFormation, type ProgressModule, type ThemeRef } from './levels'
import { applyEvents } from './merge'
import { completedModules, findProgress, formationShape, type Learner, progressKey, toSaved, toState } from './rows'
import type { ProgressEvent, SavedProgress } from './types'

export type SaveProgressInput = {
  formation: number
  /** The player's queued events, as the browser sent them (lib/progress/merge.ts keeps what makes sense). */
  events: ProgressEvent[]
  /** What levels are computed against (lib/progress/catalogue.ts). */
  catalogue: { modules: ProgressModule[]; themes: ThemeRef[] }
}
export type SaveResult = { progress: SavedProgress; gained: { theme: ThemeRef; level: number }[] }

/**
 * Applies a learner's queued player events to their progress in a formation (lib/progress/merge.ts) and
 * says which levels that made them gain. In a workshop, the row carries the workshop and whether the
 * learner agreed to share it with the aidants of its structure. The learner acts instead of an actor: a
 * workshop participant without an account is nobody the access layer knows (lib/workshops/learner.ts).
 */
export async function saveProgress({
  payload,
  learner,
  input,
  now = new Date(),
}: {
  payload: Payload
  learner: Learner
  input: SaveProgressInput
  now?: Date
}): Promise<Result<SaveResult>> {
  const key = progressKey(learner, input.formation)
  if (!key) return fail(notAllowed())
  const shape = await formationShape(payload, input.formation)
  if (!shape) return fail(notFound())
  const { modules, themes } = input.catalogue
  const save = async (): Promise<Result<SaveResult>> => {
    const row = await findProgress(payload, key)
    const before = toState(row)
    const after = applyEvents(before, input.events, shape, now)
    const moduleDoc = moduleOfFormation(modules, input.formation)
    const participant = learner.participant
    const data = {
      key,
      member: learner.member?.id ?? null,
      formation: input.formation,
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
      gained = levelsGained(themes, modules, done, new Set([...done, moduleDoc.id]))
    }
    // System writes: progress rows are written by the server only (collections/Progress.ts).
    if (row) await payload.update({ collection: 'progress', id: row.id, data, overrideAccess: true })
    else await payload.create({ collection: 'progress', data, overrideAccess: true })
    return ok({ progress: toSaved(after), gained })
  }
  // Saves of one learner's formation run one after another, whichever server instance receives them: two
  // sends of the same queue (a retry racing a late answer) must neither both create the row nor overwrite
  // each other's events. The lease is the database's lock (lib/concurrency/lease.ts); the unique key on the
  // row is the last guard: a create it refuses is replayed as an update of the row that won.
  return withLease(payload, `progress:${key}`, async () => {
    try {
      return await save()
    } catch (error) {
      if (!uniqueRefusal(error, 'key')) throw error
      return save()
    }
  })
}
