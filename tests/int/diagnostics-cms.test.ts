import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findPublishedDiagnostic } from '@/lib/diagnostic/load'
import { saveSimulatorResult } from '@/lib/diagnostic/save-simulator-result'
import { resultSheet } from '@/lib/diagnostic/snapshot'
import type { Diagnostic, Member, User } from '@/payload-types'
import { seedDiagnostics } from '@/seed/diagnostics'

import { ensureDiagnostics, takeSimulator } from './support/diagnostic'
import { createMember, createStaff } from './support/members'
import { startPayload } from './support/payload'

/**
 * Diagnostics edited in the CMS (issue 16): who reads and writes them, what an editor may not save, and a
 * result that keeps the version it was scored with.
 */
let payload: Payload
let editor: User & { collection: 'users' }
let aidant: Member & { collection: 'members' }

const records = [
  { task: 'tap', outcome: 'success', attempts: 1, seconds: 4, helpUsed: false },
  { task: 'scroll', outcome: 'skipped', attempts: 0, seconds: 9, helpUsed: true },
]
let submissions = 0
const submissionId = () => `cms-diagnostic-${++submissions}`

/** A small valid simulator diagnostic, as an editor would start one. */
const small = (over: Partial<Diagnostic> = {}) =>
  ({
    title: 'Essai',
    kind: 'simulator',
    thresholds: { mastered: 0.75, partial: 0.5 },
    levels: { level0: 'Zéro', level1: 'Un', level2: 'Deux', level3: 'Trois' },
    domains: [
      {
        key: 'device',
        title: 'Appareil',
        tasks: [{ key: 'tap', screen: 'tap', difficulty: 1, instruction: 'Appuyez.', hint: 'Au milieu.' }],
      },
    ],
    ...over,
  }) as Diagnostic

beforeAll(async () => {
  payload = await startPayload()
  editor = { ...(await createStaff(payload, 'cms.diag.editor@example.com', 'editor')), collection: 'users' }
  aidant = await createMember(payload, {
    name: 'Aïda',
    profile: 'aidant',
    email: 'cms.diag.aidant@example.com',
  })
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('with no diagnostic published', () => {
  it('nothing is scored, and the pages find none (no built-in copy)', async () => {
    expect(await findPublishedDiagnostic(payload, 'simulator', 'fr')).toBeNull()
    const result = await saveSimulatorResult({
      payload,
      actor: null,
      input: { submissionId: submissionId(), records, locale: 'fr' },
    })
    expect(result.ok ? null : result.error.kind).toBe('not-found')
    expect((await payload.count({ collection: 'diagnostic-results' })).totalDocs).toBe(0)
  })
})

describe('access', () => {
  it('anonymous visitors and members read published diagnostics only; drafts stay with staff', async () => {
    const draft = await payload.create({
      collection: 'diagnostics',
      data: { ...small({ title: 'Brouillon' }), _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const published = await payload.create({
      collection: 'diagnostics',
      data: { ...small({ title: 'Publié' }), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    for (const user of [undefined, aidant]) {
      for (const draftMode of [false, true]) {
        const { docs } = await payload.find({
          collection: 'diagnostics',
          draft: draftMode,
          user,
          overrideAccess: false,
        })
        expect(docs.map((d) => d.id)).toEqual([published.id])
      }
      await expect(
        payload.findByID({ collection: 'diagnostics', id: draft.id, draft: true, user, overrideAccess: false }),
      ).rejects.toThrow()
      await expect(payload.findVersions({ collection: 'diagnostics', user, overrideAccess: false })).rejects.toThrow()
    }
    const staff = await payload.find({ collection: 'diagnostics', draft: true, user: editor, overrideAccess: false })
    expect(staff.docs.map((d) => d.id).sort()).toEqual([draft.id, published.id].sort())
    await payload.delete({ collection: 'diagnostics', where: { id: { in: [draft.id, published.id] } } })
  })

  it('an aidant (a member) cannot create, edit or delete one; an editor can', async () => {
    const doc = await payload.create({
      collection: 'diagnostics',
      data: { ...small(), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await expect(
      payload.create({ collection: 'diagnostics', data: small(), user: aidant, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'diagnostics',
        id: doc.id,
        data: { title: 'Piraté' },
        user: aidant,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'diagnostics', id: doc.id, user: aidant, overrideAccess: false }),
    ).rejects.toThrow()
    const edited = await payload.update({
      collection: 'diagnostics',
      id: doc.id,
      data: { title: 'Changé' },
      user: editor,
      overrideAccess: false,
    })
    expect(edited.title).toBe('Changé')
    await payload.delete({ collection: 'diagnostics', id: doc.id, user: editor, overrideAccess: false })
  })
})

describe('validation', () => {
  const refused = async (data: Diagnostic) => {
    try {
      await payload.create({
        collection: 'diagnostics',
        data: { ...data, _status: 'published' },
        user: editor,
        overrideAccess: false,
      })
    } catch (error) {
      return String((error as { data?: { errors?: { message: string }[] } }).data?.errors?.map((e) => e.message))
    }
    throw new Error('saved')
  }

  it('says why: a domain without tasks, duplicate keys, thresholds out of order', async () => {
    expect(await refused(small({ domains: [{ key: 'device', title: 'Appareil', tasks: [] }] }))).toMatch(
      /Le domaine «\sAppareil\s» n’a aucun exercice/,
    )
    const task = { key: 'tap', screen: 'tap' as const, difficulty: 1, instruction: 'A.', hint: 'B.' }
    expect(
      await refused(
        small({
          domains: [
            { key: 'a', title: 'A', tasks: [task] },
            { key: 'a', title: 'B', tasks: [{ ...task, key: 'other' }] },
          ],
        }),
      ),
    ).toMatch(/Deux domaines ont la même clé «\sa\s»/)
    expect(
      await refused(
        small({
          domains: [
            { key: 'a', title: 'A', tasks: [task] },
            { key: 'b', title: 'B', tasks: [task] },
          ],
        }),
      ),
    ).toMatch(/Deux exercices ont la même clé «\stap\s»/)
    expect(await refused(small({ thresholds: { mastered: 0.5, partial: 0.75 } }))).toMatch(
      /Les seuils sont dans le désordre/,
    )
    expect(await refused(small({ kind: 'situation', questions: [] }))).toMatch(/Ajoutez au moins une question/)
  })

  it('offers only the screens that exist in code', async () => {
    const bad = small()
    bad.domains![0]!.tasks![0]!.screen = 'teleport' as 'tap'
    expect(await refused(bad)).toMatch(/sélection invalide/)
  })
})

describe('a result and the diagnostic it was scored with', () => {
  it('records the diagnostic’s id and published version, and renders the same after the diagnostic changes', async () => {
    const { simulator } = await ensureDiagnostics(payload)
    const before = await payload.findByID({ collection: 'diagnostics', id: simulator, depth: 0 })
    const taken = await takeSimulator(payload, { submissionId: submissionId(), records, locale: 'fr', member: null })
    const old = await payload.findByID({ collection: 'diagnostic-results', id: taken.id, depth: 0 })
    expect(old).toMatchObject({ diagnostic: simulator, diagnosticVersion: before.updatedAt })

    // An editor renames a domain and rewords a level in both languages, and publishes.
    const renamed = (before.domains ?? []).map((d) => (d.key === 'device' ? { ...d, title: 'Manier l’appareil' } : d))
    await payload.update({
      collection: 'diagnostics',
      id: simulator,
      locale: 'fr',
      data: { domains: renamed, levels: { ...before.levels, level1: 'Débrouillard' }, _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    const after = await payload.findByID({ collection: 'diagnostics', id: simulator, depth: 0 })
    expect(after.updatedAt).not.toBe(before.updatedAt)

    // The old result still reads as it was scored; a new one carries the new words and version.
    const oldSheet = await resultSheet(payload, old, 'fr')
    expect(oldSheet.words.domains.device).toBe('Utiliser l’appareil')
    expect(oldSheet.words.levels[1]).toBe('Premiers pas\u00a0: avec de l’aide')
    expect((await resultSheet(payload, old, 'nl')).words.domains.device).toBe('Het toestel gebruiken')
    const fresh = await takeSimulator(payload, { submissionId: submissionId(), records, locale: 'fr', member: null })
    expect(fresh.diagnosticVersion).toBe(after.updatedAt)
    const freshSheet = await resultSheet(payload, fresh, 'fr')
    expect(freshSheet.words.domains.device).toBe('Manier l’appareil')
    expect(freshSheet.words.levels[1]).toBe('Débrouillard')

    // A draft is not what the site scores with: the published words stay until it is published.
    await payload.update({
      collection: 'diagnostics',
      id: simulator,
      locale: 'fr',
      data: { title: 'Brouillon en cours', _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect((await findPublishedDiagnostic(payload, 'simulator', 'fr'))?.title).not.toBe('Brouillon en cours')
    // The seed puts the demo words back (idempotent), for the next tests.
    await seedDiagnostics(payload)
  })
})
