import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import { saveProgress } from '@/lib/progress/save-progress'
import type { ProgressEvent } from '@/lib/progress/types'
import { demoMembers } from './members'

/** The demo workshop's code, shown in the README: anyone can try joining it. */
export const demoWorkshopCode = 'DEM347'

const day = 86_400_000

/**
 * A demo workshop of Amina's structure, with three learners (two share their progress, one does not) and a
 * few accompaniments, so the follow-up and the monthly totals show something. Skipped once it exists.
 */
export async function seedWorkshops(payload: Payload, log: (line: string) => void): Promise<void> {
  const existing = await payload.count({ collection: 'workshops', where: { code: { equals: demoWorkshopCode } } })
  if (existing.totalDocs) return log('workshops: demo workshop already there')
  const { docs: aidants } = await payload.find({
    collection: 'members',
    where: { email: { equals: demoMembers.referent } },
    limit: 1,
    depth: 0,
  })
  const aidant = aidants[0]
  const { docs: modules } = await payload.find({
    collection: 'modules',
    where: { slug: { in: ['mail-lire-et-repondre', 'mail-envoyer-une-piece-jointe'] } },
    depth: 0,
    limit: 2,
  })
  if (!aidant?.structure || !modules.length) return log('workshops: demo aidant or modules missing, skipped')
  const structure = idOf(aidant.structure)!
  const now = Date.now()
  const workshop = await payload.create({
    collection: 'workshops',
    data: {
      title: 'Atelier e-mail du mardi',
      date: new Date(now - day).toISOString(),
      expiresAt: new Date(now + 60 * day).toISOString(),
      code: demoWorkshopCode,
      aidant: aidant.id,
      structure,
      modules: modules.map((m) => m.id),
    },
  })
  const formation = idOf(modules.find((m) => m.slug === 'mail-lire-et-repondre')?.formation ?? modules[0]!.formation)
  const steps = formation ? (await payload.findByID({ collection: 'formations', id: formation, depth: 0 })).steps : []
  // Enough of the catalogue for the rows to name their module (levels are not shown from the seed).
  const catalogue = {
    modules: modules.map((m) => ({
      id: m.id,
      level: Number(m.level),
      themes: (m.themes ?? []).map((t) => idOf(t)!),
      title: m.title,
      slug: m.slug,
      formations: [idOf(m.formation)].filter((f) => f !== null),
    })),
    themes: [],
  }
  const learners = [
    { name: 'Marc', shared: true, finish: true },
    { name: 'Fatou', shared: true, finish: false },
    { name: 'Pseudo Lune', shared: false, finish: true },
  ]
  for (const [n, learner] of learners.entries()) {
    const participant = await payload.create({
      collection: 'workshop-participants',
      data: {
        workshop: workshop.id,
        structure,
        name: learner.name,
        shared: learner.shared,
        sharedAt: learner.shared ? new Date(now - day).toISOString() : null,
        lastSeenAt: new Date(now - day).toISOString(),
      },
    })
    if (!formation) continue
    const played = learner.finish ? steps : steps.slice(0, Math.ceil(steps.length / 2))
    const events: ProgressEvent[] = played.map((step, index) => {
      const question = step.blockType !== 'content'
      // Marc gets the first question wrong once: it shows in the difficulty table.
      const attempts = question ? (n === 0 && index === played.findIndex((s) => s.blockType !== 'content') ? 2 : 1) : 0
      return {
        type: 'step',
        index,
        record: {
          stepId: step.id!,
          kind: step.blockType,
          attempts,
          correct: true,
          firstTry: attempts === 1,
          seconds: 40,
        },
      }
    })
    if (learner.finish) events.push({ type: 'finish', run: 1 })
    await saveProgress({ payload, learner: { member: null, participant }, input: { formation, events, catalogue } })
    if (learner.shared)
      await payload.create({
        collection: 'accompaniments',
        data: {
          date: new Date(now - (n + 1) * 20 * day).toISOString(),
          aidant: aidant.id,
          structure,
          participant: participant.id,
          themes: ['email'],
          kind: 'individual',
          place: 'structure',
          minutes: 30 + 15 * n,
        },
      })
  }
  log(`workshops: demo workshop ${demoWorkshopCode} with ${learners.length} learners`)
}
