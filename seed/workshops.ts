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
  const participants: number[] = []
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
          themes: n ? ['email', 'procedures'] : ['email'],
          procedures: n ? ['itsme'] : [],
          devices: ['phone'],
          kind: 'individual',
          place: 'structure',
          minutes: 30 + 15 * n,
          autonomy: n ? 'helped' : 'autonomous',
          beneficiary: { ageBand: n ? '60-69' : '40-59', gender: n ? 'female' : 'male', firstTime: n ? 'yes' : 'no' },
        },
      })
    participants.push(participant.id)
  }
  await seedActivities(payload, { aidant: aidant.id, structure, workshop: workshop.id, participants, now })
  log(`workshops: demo workshop ${demoWorkshopCode} with ${learners.length} learners`)
}

type Activities = { aidant: number; structure: number; workshop: number; participants: number[]; now: number }

/**
 * A year of varied activities for the statistics pages: the workshop's sessions (collective), and one-to-one
 * help with procedures, some with a profile, some anonymous, one at the person's home in Jambes.
 */
async function seedActivities(payload: Payload, { aidant, structure, workshop, participants, now }: Activities) {
  const common = { aidant, structure, place: 'structure' as const }
  for (let week = 1; week <= 8; week += 1)
    await payload.create({
      collection: 'accompaniments',
      data: {
        ...common,
        kind: 'collective',
        date: new Date(now - week * 7 * day).toISOString(),
        minutes: 90,
        themes: ['email'],
        devices: ['computer'],
        title: 'Atelier e-mail du mardi',
        level: 'beginner',
        workshop,
        participants,
        participantsCount: 6 + (week % 3),
      },
    })
  const help = [
    { themes: ['procedures'], procedures: ['myminfin'], ageBand: '70-plus', gender: 'female', situation: 'retired' },
    {
      themes: ['procedures', 'health'],
      procedures: ['mutuality'],
      ageBand: '60-69',
      gender: 'male',
      situation: 'retired',
    },
    { themes: ['equipment'], procedures: [], ageBand: '25-39', gender: 'female', situation: 'job-seeker' },
    { themes: ['job'], procedures: ['employment'], ageBand: '18-24', gender: 'male', situation: 'job-seeker' },
    { themes: ['money', 'safety'], procedures: ['itsme'], ageBand: '40-59', gender: 'female', situation: 'social-aid' },
  ] as const
  for (let i = 0; i < 30; i += 1) {
    const h = help[i % help.length]!
    await payload.create({
      collection: 'accompaniments',
      data: {
        ...common,
        kind: 'individual',
        date: new Date(now - (3 + i * 11) * day).toISOString(),
        minutes: 20 + (i % 4) * 10,
        themes: [...h.themes],
        procedures: [...h.procedures],
        devices: [i % 3 ? 'phone' : 'computer'],
        ...(i % 7 === 0 ? { place: 'home' as const, postcode: '5100' } : {}),
        autonomy: (['done-for', 'helped', 'autonomous'] as const)[i % 3],
        referred: i % 6 === 0,
        referredTo: i % 6 === 0 ? 'social-service' : null,
        personCode: i % 2 ? `DEMO${i % 9}` : null,
        beneficiary:
          i % 3
            ? { ageBand: h.ageBand, gender: h.gender, situation: h.situation, firstTime: i < 9 ? 'yes' : 'no' }
            : {},
      },
    })
  }
}
