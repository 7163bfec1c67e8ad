import type { Payload } from 'payload'

import {
  administrativeThemes,
  ageBands,
  autonomyLevels,
  devices,
  genders,
  mediationThemes,
  places,
  situations,
} from '@/lib/accompaniments/vocabulary'
import { territoryOf } from '@/lib/accompaniments/territory'

/**
 * Generated activities for the statistics benchmark (issue 17: 200,000 over the 10,000 generated places), with
 * a deterministic generator so every run makes the same ones, spread over the last two years. One in four is
 * collective; one-to-one ones carry a profile half of the time. Idempotent: a re-run continues the sequence.
 */
export async function seedScaleActivities(payload: Payload, count: number): Promise<void> {
  const existing = (await payload.count({ collection: 'accompaniments', where: { notes: { equals: 'bench' } } }))
    .totalDocs
  if (existing >= count) return
  const [{ docs: structures }, { docs: aidants }] = await Promise.all([
    payload.find({
      collection: 'structures',
      where: { slug: { like: 'bench-lieu-' } },
      select: { postcode: true, country: true },
      pagination: false,
      depth: 0,
    }),
    payload.find({ collection: 'members', where: { profile: { equals: 'aidant' } }, limit: 20, depth: 0 }),
  ])
  if (!structures.length || !aidants.length) throw new Error('Run the demo seed and the generated places first.')
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!
  const values = <T extends { value: string }>(list: readonly T[]) => list.map((o) => o.value as T['value'])
  const now = Date.now()
  for (let i = 0; i < count; i++) {
    const structure = pick(structures)
    const collective = random() < 0.25
    const profiled = !collective && random() < 0.5
    const data = {
      kind: collective ? ('collective' as const) : ('individual' as const),
      date: new Date(now - Math.floor(random() * 730) * 86_400_000).toISOString(),
      minutes: 15 + Math.floor(random() * 8) * 15,
      themes: [...new Set([pick(values(mediationThemes)), pick(values(mediationThemes))])],
      procedures: random() < 0.3 ? [pick(values(administrativeThemes))] : [],
      devices: [pick(values(devices))],
      place: pick(values(places)),
      country: structure.country ?? 'BE',
      postcode: structure.postcode,
      aidant: pick(aidants).id,
      structure: structure.id,
      participantsCount: collective ? 3 + Math.floor(random() * 10) : null,
      title: collective ? `Atelier ${i}` : null,
      autonomy: collective ? null : pick(values(autonomyLevels)),
      beneficiary: profiled
        ? {
            gender: pick(values(genders)),
            ageBand: pick(values(ageBands)),
            situation: pick(values(situations)),
            firstTime: random() < 0.4 ? ('yes' as const) : ('no' as const),
          }
        : {},
      personCode: !collective && random() < 0.3 ? `P${Math.floor(random() * 50_000)}` : null,
      referred: random() < 0.1,
      notes: 'bench',
    }
    if (i < existing) continue // generated all the same, so a re-run continues the same sequence
    // Below the collection's hooks (the database adapter of the Local API), with the territory the hook would
    // derive: several times faster, which matters for 200,000 rows.
    const territory = await territoryOf(data.country, data.postcode ?? '')
    const at = new Date().toISOString()
    await payload.db.create({
      collection: 'accompaniments',
      data: { ...data, territory: territory ?? {}, createdAt: at, updatedAt: at },
    })
    if ((i + 1) % 5000 === 0) payload.logger.info(`seed:scale activities ${i + 1}/${count}`)
  }
}
