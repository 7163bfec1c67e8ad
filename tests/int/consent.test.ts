import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { takeSimulator } from '@/tests/int/support/diagnostic'
import { saveProgress } from '@/lib/progress/save-progress'
import { followUpCsv } from '@/lib/workshops/csv'
import { workshopFollowUp } from '@/lib/workshops/followUp'
import { learnerHistory } from '@/lib/workshops/history'
import { joinWorkshop } from '@/lib/workshops/join-workshop'
import type { Member, Workshop, WorkshopParticipant } from '@/payload-types'

import { createModule, createTheme } from './support/fixtures'
import { createMember, createStructure } from './support/members'
import { startPayload } from './support/payload'

/**
 * Consent decides (docs/adr/0011): a learner's diagnostics, progress and participation reach the aidants of
 * a structure only when the learner agreed to share (`shared`), on every route — the API with the aidant's
 * rights and the functions behind the follow-up page, the learner page and the CSV. Never through the
 * structure the learner happens to belong to.
 */
let payload: Payload
type Actor = Member & { collection: 'members' }
let home: number
let learner: Actor, aidant: Actor, referent: Actor
let workshop: Workshop, participant: WorkshopParticipant, formation: number
const as = (user: Actor) => ({ user, overrideAccess: false, depth: 0 }) as const
const records = [{ task: 'tap', outcome: 'success', attempts: 1, seconds: 3, helpUsed: false }]
const ids = (docs: { id: number }[]) => docs.map((d) => d.id)

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Consent Home')).id
  learner = await createMember(payload, {
    name: 'Nina',
    username: 'consent.nina',
    profile: 'apprenant',
    structure: home,
    structureRole: 'member',
  })
  aidant = await createMember(payload, {
    name: 'Aidant',
    email: 'consent.aidant@example.com',
    profile: 'aidant',
    structure: home,
    structureRole: 'member',
  })
  referent = await createMember(payload, {
    name: 'Réf',
    email: 'consent.ref@example.com',
    profile: 'aidant',
    structure: home,
    structureRole: 'referent',
  })
  const theme = await createTheme(payload, 'consent-theme', 'Consent')
  const moduleDoc = await createModule(payload, { slug: 'consent-mod', title: 'Consentir', themes: [theme.id] })
  formation = typeof moduleDoc.formation === 'object' ? moduleDoc.formation!.id : moduleDoc.formation!
  workshop = await payload.create({
    collection: 'workshops',
    data: {
      title: 'Atelier discret',
      date: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      modules: [moduleDoc.id],
      aidant: 0,
      structure: 0,
    },
    ...as(aidant),
  })
  const joined = await joinWorkshop({
    payload,
    actor: learner,
    input: { code: workshop.code!, name: '', shared: false },
  })
  if (!joined.ok) throw new Error('join failed')
  participant = joined.value.participant
  const catalogue = {
    modules: [
      {
        id: moduleDoc.id,
        level: 1,
        themes: [theme.id],
        title: 'Consentir',
        slug: 'consent-mod',
        formations: [formation],
      },
    ],
    themes: [{ id: theme.id, title: 'Consent', slug: 'consent-theme' }],
  }
  await saveProgress({
    payload,
    learner: { member: learner, participant },
    input: { formation, events: [{ type: 'position', index: 0 }], catalogue },
  })
}, 180_000)

describe('a learner who did not agree to share', () => {
  it('their own diagnostic, taken alone, is not their structure’s to read', async () => {
    const result = await takeSimulator(payload, {
      submissionId: 'consent-alone-1',
      records,
      locale: 'fr',
      member: learner,
    })
    for (const reader of [aidant, referent]) {
      const { docs } = await payload.find({ collection: 'diagnostic-results', ...as(reader) })
      expect(ids(docs)).not.toContain(result.id)
    }
    const own = await payload.find({ collection: 'diagnostic-results', ...as(learner) })
    expect(ids(own.docs)).toContain(result.id)
  })

  it('their diagnostic, progress and participation in the workshop stay hidden from its aidants', async () => {
    const result = await takeSimulator(payload, {
      submissionId: 'consent-workshop-1',
      records,
      locale: 'fr',
      member: learner,
      participant,
    })
    for (const reader of [aidant, referent]) {
      expect(ids((await payload.find({ collection: 'diagnostic-results', ...as(reader) })).docs)).not.toContain(
        result.id,
      )
      expect((await payload.find({ collection: 'progress', ...as(reader) })).docs).toEqual([])
      expect((await payload.find({ collection: 'workshop-participants', ...as(reader) })).docs).toEqual([])
      expect(await learnerHistory(payload, reader, participant.id, 'fr')).toBeNull()
      const followUp = await workshopFollowUp(payload, workshop, reader, 'fr')
      expect(followUp.rows).toEqual([])
      expect(followUp.notSharing).toBe(1)
      const csv = followUpCsv(followUp, {
        learner: 'Apprenant',
        module: 'Module',
        status: 'Statut',
        statuses: {},
        score: 'Score',
        attempts: 'Essais',
        minutes: 'Minutes',
      })
      expect(csv).not.toContain('Nina')
    }
  })

  it('withdrawing consent later hides what was shared before, diagnostics included', async () => {
    const again = await joinWorkshop({
      payload,
      actor: learner,
      input: { code: workshop.code!, name: '', shared: true },
    })
    if (!again.ok) throw new Error('join failed')
    const shared = await takeSimulator(payload, {
      submissionId: 'consent-workshop-2',
      records,
      locale: 'fr',
      member: learner,
      participant: again.value.participant,
    })
    const readByAidant = async () => ids((await payload.find({ collection: 'diagnostic-results', ...as(aidant) })).docs)
    expect(await readByAidant()).toContain(shared.id)
    expect(await learnerHistory(payload, aidant, participant.id, 'fr')).not.toBeNull()
    const withdrawn = await joinWorkshop({
      payload,
      actor: learner,
      input: { code: workshop.code!, name: '', shared: false },
    })
    if (!withdrawn.ok) throw new Error('join failed')
    expect(await readByAidant()).not.toContain(shared.id)
    expect((await payload.find({ collection: 'progress', ...as(aidant) })).docs).toEqual([])
  })
})

describe('a diagnostic an aidant runs with someone', () => {
  it('is kept by the structure that ran it (the person took it with the aidant)', async () => {
    const result = await takeSimulator(payload, {
      submissionId: 'consent-by-aidant-1',
      records,
      locale: 'fr',
      member: aidant,
      learner: learner.id,
    })
    for (const reader of [aidant, referent, learner]) {
      expect(ids((await payload.find({ collection: 'diagnostic-results', ...as(reader) })).docs)).toContain(result.id)
    }
  })
})
