import { decodeJwt } from 'jose'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as credentialRoute } from '@/app/api/open-badges/[id]/credential/route'
import { GET as issuerRoute } from '@/app/api/open-badges/issuer/route'
import { GET as jwksRoute } from '@/app/api/open-badges/jwks.json/route'
import type { BadgeCatalogue } from '@/lib/badges/achievements'
import { verifyCredential } from '@/lib/badges/credential'
import { issueBadges } from '@/lib/badges/issue-badges'
import { badgeView, findBadge, followedBadges, learnerBadges, signatureChecks } from '@/lib/badges/queries'
import { setBadgeNameChoice } from '@/lib/badges/set-badge-name-choice'
import { idOf } from '@/lib/payload/relations'
import type { ProgressModule } from '@/lib/progress/levels'
import type { Learner } from '@/lib/progress/rows'
import { saveProgress } from '@/lib/progress/save-progress'
import { joinWorkshop } from '@/lib/workshops/join-workshop'
import type { Badge, Member, WorkshopParticipant } from '@/payload-types'

import { createModule, createTheme, openWorkshop } from '@/tests/int/support/fixtures'
import { createMember, createStaff, createStructure } from '@/tests/int/support/members'
import { testOrigin } from '@/tests/int/support/origin'
import { startPayload } from '@/tests/int/support/payload'
import { rest } from '@/tests/int/support/rest'
import { refused } from '@/tests/int/support/results'

/**
 * Badges as /api/player/progress issues them: a learner completes formations (saveProgress), then
 * issueBadges gives what that earned, once. On the temporary SQLite database, with the real signing key.
 */
let payload: Payload
let home: number, workshopId: number
let aidant: Member & { collection: 'members' }
let outsider: Member & { collection: 'members' }
let participant: WorkshopParticipant
const catalogue: BadgeCatalogue & { modules: ProgressModule[] } = { modules: [], themes: [], parcours: [] }
const formations: number[] = []
const now = new Date('2026-12-02T10:00:00Z')

const complete = async (learner: Learner, formation: number) => {
  const saved = await saveProgress({
    payload,
    learner,
    input: { formation, events: [{ type: 'finish', run: 1 }], catalogue },
    now,
  })
  if (!saved.ok) throw saved.error
}
const issue = (learner: Learner, locale: 'fr' | 'nl' = 'fr') =>
  issueBadges({ payload, learner, input: { catalogue, locale, origin: testOrigin }, now })
const badgesOf = async (where: Record<string, unknown>) =>
  (await payload.find({ collection: 'badges', where: where as never, depth: 0, overrideAccess: true })).docs
const jwks = async () => (await jwksRoute()).json()

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Badges Namur')).id
  const theme = await createTheme(payload, 'uc-badges-theme', 'Courriel')
  // Level 1 of the theme has one module; level 2 has two: a parcours runs through all three.
  for (const [slug, level] of [
    ['uc-badges-a', '1'],
    ['uc-badges-b', '2'],
    ['uc-badges-c', '2'],
  ] as const) {
    const doc = await createModule(payload, { slug, title: slug, themes: [theme.id], level })
    formations.push(idOf(doc.formation)!)
    catalogue.modules.push({
      id: doc.id,
      level: Number(level),
      themes: [theme.id],
      title: slug,
      slug,
      formations: [idOf(doc.formation)!],
    })
  }
  catalogue.themes = [{ id: theme.id, title: 'Courriel', slug: 'uc-badges-theme' }]
  const parcours = await payload.create({
    collection: 'parcours',
    data: {
      title: 'Premiers e-mails',
      slug: 'uc-badges-parcours',
      summary: 'Trois modules',
      prerequisiteLevel: '0',
      modules: catalogue.modules.map((m) => m.id),
      _status: 'published',
    },
    overrideAccess: true,
  })
  catalogue.parcours = [{ id: parcours.id, title: 'Premiers e-mails', modules: catalogue.modules.map((m) => m.id) }]
  aidant = await createMember(payload, {
    name: 'Aidante',
    profile: 'aidant',
    email: 'uc.badges.aidant@example.com',
    structure: home,
    structureRole: 'member',
  })
  outsider = await createMember(payload, { name: 'Autre', profile: 'apprenant', username: 'uc.badges.other' })
  const workshop = await openWorkshop(
    payload,
    aidant,
    catalogue.modules.map((m) => m.id),
  )
  workshopId = workshop.id
  const joined = await joinWorkshop({
    payload,
    actor: null,
    input: { code: workshop.code!, name: 'Zoé', shared: true },
  })
  if (!joined.ok) throw joined.error
  participant = joined.value.participant
})

describe('issueBadges', () => {
  it('issues a signed Open Badges 3.0 credential when a level is gained, once', async () => {
    const member = await createMember(payload, { name: 'Léo', profile: 'apprenant', username: 'uc.badges.leo' })
    const learner = { member, participant: null }
    expect(await issue(learner)).toEqual({ ok: true, value: [] })
    await complete(learner, formations[0]!)
    const first = await issue(learner)
    if (!first.ok) throw first.error
    expect(first.value).toHaveLength(1)
    const badge = first.value[0]!
    expect(badge).toMatchObject({
      key: `m${member.id}:theme-${catalogue.themes[0]!.id}-level-1`,
      kind: 'level',
      level: 1,
      member: member.id,
      participant: null,
      structure: null,
      shared: false,
      showName: false,
      revoked: false,
      lang: 'fr',
      title: 'Courriel\u00a0: niveau 1 (Débutant)',
      issuedAt: now.toISOString(),
    })
    expect(badge.publicId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)

    // The credential checks with the key set the platform publishes, and names this badge and its page.
    const checked = await verifyCredential(badge.credential, await jwks())
    if (!checked.valid) throw new Error('the credential does not check')
    expect(checked.credential).toMatchObject({
      id: `urn:uuid:${badge.publicId}`,
      issuer: { id: `${testOrigin}/api/open-badges/issuer` },
      evidence: [{ id: `${testOrigin}/fr/badges/${badge.publicId}` }],
      credentialSubject: { achievement: { name: 'Courriel\u00a0: niveau 1 (Débutant)' } },
    })
    expect(decodeJwt(badge.credential).iss).toBe(`${testOrigin}/api/open-badges/issuer`)
    expect(await signatureChecks(badge)).toBe(true)

    // Completing the same formation again, or asking again, issues nothing more.
    await complete(learner, formations[0]!)
    expect(await issue(learner)).toEqual({ ok: true, value: [] })
    expect(await badgesOf({ member: { equals: member.id } })).toHaveLength(1)
  })

  it('issues one badge per achievement when two saves race, whichever instance wins', async () => {
    const member = await createMember(payload, { name: 'Rapide', profile: 'apprenant', username: 'uc.badges.racer' })
    const learner = { member, participant: null }
    await complete(learner, formations[0]!)
    const results = await Promise.all([issue(learner), issue(learner), issue(learner, 'nl')])
    expect(results.every((r) => r.ok)).toBe(true)
    expect(results.flatMap((r) => (r.ok ? r.value : []))).toHaveLength(1)
    expect(await badgesOf({ member: { equals: member.id } })).toHaveLength(1)
  })

  it('in a workshop, a completed parcours and each level gained: with the workshop, structure and consent', async () => {
    const learner = { member: null, participant }
    await complete(learner, formations[0]!)
    await complete(learner, formations[1]!)
    const partial = await issue(learner, 'nl')
    expect(partial.ok && partial.value.map((b) => b.achievement)).toEqual([`theme-${catalogue.themes[0]!.id}-level-1`])
    expect(partial.ok && partial.value[0]!.title).toBe('Courriel: niveau 1 (Beginner)')
    await complete(learner, formations[2]!)
    const done = await issue(learner)
    if (!done.ok) throw done.error
    expect(done.value.map((b) => b.achievement)).toEqual([
      `theme-${catalogue.themes[0]!.id}-level-2`,
      `parcours-${catalogue.parcours[0]!.id}`,
    ])
    expect(done.value[1]).toMatchObject({
      kind: 'parcours',
      parcours: catalogue.parcours[0]!.id,
      participant: participant.id,
      workshop: workshopId,
      structure: home,
      shared: true,
      title: 'Parcours «\u00a0Premiers e-mails\u00a0»',
    })
  })

  it('refuses when nobody is learning', async () => {
    expect(await issue({ member: null, participant: null })).toEqual(refused('not-allowed', { form: 'notAllowed' }))
  })
})

describe('the badges a learner and an aidant see', () => {
  it('the learner sees their own; the aidant those of a learner who agreed to share; nobody else’s', async () => {
    const mine = await learnerBadges(payload, { member: null, participant }, 'fr')
    expect(mine.map((b) => b.name)).toEqual(
      expect.arrayContaining(['Parcours «\u00a0Premiers e-mails\u00a0»', 'Courriel\u00a0: niveau 2 (Intermédiaire)']),
    )
    expect(mine.every((b) => b.holder === null && b.structure === 'Badges Namur')).toBe(true)
    const followed = await followedBadges(payload, aidant, participant, 'nl')
    expect(followed).toHaveLength(3)
    expect(followed.map((b) => b.name)).toContain('Leertraject ‘Premiers e-mails’')
    // An aidant of another structure, and a learner who did not share, see none.
    const other = await createMember(payload, {
      name: 'Ailleurs',
      profile: 'aidant',
      email: 'uc.badges.elsewhere@example.com',
      structure: (await createStructure(payload, 'Badges Liège')).id,
      structureRole: 'member',
    })
    expect(await followedBadges(payload, other, participant, 'fr')).toEqual([])
    const joined = await joinWorkshop({
      payload,
      actor: null,
      input: {
        code: (await payload.findByID({ collection: 'workshops', id: workshopId })).code!,
        name: 'Discret',
        shared: false,
      },
    })
    if (!joined.ok) throw joined.error
    const discreet = { member: null, participant: joined.value.participant }
    await complete(discreet, formations[0]!)
    expect((await issue(discreet)).ok).toBe(true)
    expect(await learnerBadges(payload, discreet, 'fr')).toHaveLength(1)
    expect(await followedBadges(payload, aidant, joined.value.participant, 'fr')).toEqual([])
  })

  it('nobody reads badges through REST without rights, and nobody creates one', async () => {
    const list = await rest('GET', '/badges')
    expect(list.status).toBe(403)
    const created = await rest('POST', '/badges', { body: { publicId: 'x', key: 'x', credential: 'x' } })
    expect(created.status).toBe(403)
  })
})

describe('setBadgeNameChoice', () => {
  let badge: Badge
  beforeAll(async () => {
    badge = (await badgesOf({ participant: { equals: participant.id } }))[0]!
  })

  it('lets the holder show their first name on the public page, then hide it again', async () => {
    const learner = { member: null, participant }
    expect(await setBadgeNameChoice({ payload, learner, input: { badge: badge.publicId, show: true } })).toEqual({
      ok: true,
      value: { showName: true },
    })
    const shown = await findBadge(payload, badge.publicId, 'fr')
    expect(badgeView(shown!, 'fr').holder).toBe('Zoé')
    await setBadgeNameChoice({ payload, learner, input: { badge: badge.publicId, show: false } })
    expect(badgeView((await findBadge(payload, badge.publicId, 'fr'))!, 'fr').holder).toBeNull()
  })

  it('says a badge that is not theirs, or garbage, does not exist', async () => {
    const other = { member: outsider, participant: null }
    expect(await setBadgeNameChoice({ payload, learner: other, input: { badge: badge.publicId, show: true } })).toEqual(
      refused('not-found', { form: 'notFound' }),
    )
    for (const garbage of ['', '1', String(badge.id), `${badge.publicId}x`, '../../etc'])
      expect(
        await setBadgeNameChoice({
          payload,
          learner: { member: null, participant },
          input: { badge: garbage, show: true },
        }),
      ).toEqual(refused('not-found', { form: 'notFound' }))
    expect(
      await setBadgeNameChoice({
        payload,
        learner: { member: null, participant: null },
        input: { badge: badge.publicId, show: true },
      }),
    ).toEqual(refused('not-allowed', { form: 'notAllowed' }))
    expect((await findBadge(payload, badge.publicId, 'fr'))!.showName).toBe(false)
  })
})

describe('revocation by staff', () => {
  it('needs a reason, stamps the date, shows on the page; undoing it clears both', async () => {
    const admin = await createStaff(payload, 'uc.badges.admin@example.com', 'admin')
    const badge = (await badgesOf({ participant: { equals: participant.id } }))[0]!
    const as = { user: admin, overrideAccess: false } as const
    await expect(
      payload.update({ collection: 'badges', id: badge.id, data: { revoked: true }, ...as }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'revocationReason' })] } })
    await payload.update({
      collection: 'badges',
      id: badge.id,
      data: { revoked: true, revocationReason: 'Délivré par erreur', revokedAt: '2000-01-01T00:00:00.000Z' },
      ...as,
    })
    const revoked = badgeView((await findBadge(payload, badge.publicId, 'fr'))!, 'fr')
    expect(revoked.revoked?.reason).toBe('Délivré par erreur')
    expect(new Date(revoked.revoked!.at).getFullYear()).toBeGreaterThan(2025)
    // The credential itself still checks: revocation is what the page says, not a broken signature.
    expect(await signatureChecks(badge)).toBe(true)
    await payload.update({ collection: 'badges', id: badge.id, data: { revoked: false }, ...as })
    const restored = await findBadge(payload, badge.publicId, 'fr')
    expect(restored).toMatchObject({ revoked: false, revokedAt: null, revocationReason: null })
  })

  it('an aidant or the learner cannot revoke or change a badge', async () => {
    const badge = (await badgesOf({ participant: { equals: participant.id } }))[0]!
    await expect(
      payload.update({
        collection: 'badges',
        id: badge.id,
        data: { revoked: true, revocationReason: 'Non' },
        user: aidant,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect((await findBadge(payload, badge.publicId, 'fr'))!.revoked).toBe(false)
  })
})

describe('the published key, the issuer and the credential file', () => {
  it('publishes the issuer profile and the public key set, with no private part', async () => {
    const profile = await (await issuerRoute(new Request(`${testOrigin}/api/open-badges/issuer`))).json()
    expect(profile).toMatchObject({ type: ['Profile'], name: '123Digit' })
    const keys = await jwks()
    expect(keys.keys).toHaveLength(1)
    expect(keys.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' })
    expect(keys.keys[0]).not.toHaveProperty('d')
  })

  it('serves the credential as a file, and 404 for an unknown or malformed id', async () => {
    const badge = (await badgesOf({ participant: { equals: participant.id } }))[0]!
    const params = (id: string) => ({ params: Promise.resolve({ id }) })
    const file = await credentialRoute(new Request(testOrigin), params(badge.publicId))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/vc+jwt')
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="123digit-badge-${badge.publicId}.jwt"`)
    expect(await file.text()).toBe(badge.credential)
    for (const garbage of [String(badge.id), 'nimportequoi', '00000000-0000-4000-8000-000000000000', '%00'])
      expect((await credentialRoute(new Request(testOrigin), params(garbage))).status).toBe(404)
  })
})
