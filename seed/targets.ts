import type { Payload } from 'payload'

/**
 * The Interreg Cross&Le@rn targets (1,000 aidants trained and 22,500 accompaniments), for the whole programme
 * and split per partner territory. The split is illustrative: staff set the real figures in /admin.
 */
const programme = 'Cross&Le@rn'
const targets = [
  {
    territory: 'all',
    aidantsTrained: 1000,
    accompaniments: 22500,
    structures: 250,
    learners: 15000,
    newsletterReaders: 2000,
  },
  { territory: 'BE-WAL', aidantsTrained: 300, accompaniments: 6750 },
  { territory: 'BE-VLG', aidantsTrained: 250, accompaniments: 5625 },
  { territory: 'BE-BRU', aidantsTrained: 200, accompaniments: 4500 },
  { territory: 'FR-HDF', aidantsTrained: 250, accompaniments: 5625 },
] as const

export async function seedTargets(payload: Payload, log: (line: string) => void): Promise<void> {
  const existing = await payload.count({ collection: 'programme-targets', where: { programme: { equals: programme } } })
  if (existing.totalDocs) return log('targets: already there')
  for (const target of targets)
    await payload.create({
      collection: 'programme-targets',
      data: { programme, from: '2024-01-01T00:00:00.000Z', to: '2027-12-31T00:00:00.000Z', ...target },
      overrideAccess: true,
    })
  log(`targets: ${targets.length} ${programme} targets`)
}
