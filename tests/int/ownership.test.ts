import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/payload/relations'
import { hashToken } from '@/lib/members/tokens'
import { inviteMember } from '@/lib/structures/invite-member'
import { findInvitation } from '@/lib/structures/queries'
import type { Member, Membership, Structure, Workshop } from '@/payload-types'

import { createMember, createStaff, createStructure } from './support/members'
import { startPayload } from './support/payload'
import { testOrigin as origin } from '@/tests/int/support/origin'

/**
 * Ownership and trust fields are decided on the server, on create and on update (docs/adr/0011): whatever a
 * signed-in member sends through the API (the Local API with their rights is what REST runs), the structure,
 * the aidant, the code, the token and the dates stay the server's.
 */
let payload: Payload
type Actor = (Member & { collection: 'members' }) | Awaited<ReturnType<typeof createStaff>>
let home: Structure, victim: Structure
let referent: Member & { collection: 'members' }
let aidant: Member & { collection: 'members' }
let victimReferent: Member & { collection: 'members' }
let loner: Member & { collection: 'members' }
let admin: Actor
const as = (user: Actor) => ({ user, overrideAccess: false, depth: 0 }) as const
const day = 86_400_000
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString()

/** The call's outcome, whether the rule refused it (thrown) or ignored the value (resolved). */
async function attempt(run: () => Promise<unknown>): Promise<void> {
  await run().catch(() => undefined)
}

beforeAll(async () => {
  payload = await startPayload()
  home = await createStructure(payload, 'Own Home')
  victim = await createStructure(payload, 'Own Victim', '4000', 'Liège')
  referent = await createMember(payload, {
    name: 'Réf',
    email: 'own.ref@example.com',
    profile: 'aidant',
    structure: home.id,
    structureRole: 'referent',
  })
  aidant = await createMember(payload, {
    name: 'Aidant',
    email: 'own.aidant@example.com',
    profile: 'aidant',
    structure: home.id,
    structureRole: 'member',
  })
  victimReferent = await createMember(payload, {
    name: 'Victime',
    email: 'own.victim@example.com',
    profile: 'aidant',
    structure: victim.id,
    structureRole: 'referent',
  })
  loner = await createMember(payload, { name: 'Seul', email: 'own.loner@example.com', profile: 'aidant' })
  admin = await createStaff(payload, 'own.admin@example.com', 'admin')
}, 120_000)

describe('memberships: tokens minted by the server, structure and people fixed at creation', () => {
  it('a référent cannot choose an invitation token, nor move the invitation to another structure', async () => {
    const chosen = 'token-chosen-by-the-attacker'
    const created = (await payload.create({
      collection: 'memberships',
      data: {
        kind: 'invitation',
        structure: home.id,
        email: 'own.target@example.com',
        status: 'pending',
        tokenHash: hashToken(chosen),
        expiresAt: inDays(3650),
        invitedBy: victimReferent.id,
      },
      ...as(referent),
    })) as Membership
    await attempt(() =>
      payload.update({
        collection: 'memberships',
        id: created.id,
        data: { structure: victim.id, kind: 'request', email: 'x@example.com', member: loner.id },
        ...as(referent),
      }),
    )
    const stored = await payload.findByID({
      collection: 'memberships',
      id: created.id,
      depth: 0,
      showHiddenFields: true,
    })
    expect(stored.tokenHash).not.toBe(hashToken(chosen))
    expect(await findInvitation(payload, chosen)).toBeNull()
    expect(idOf(stored.structure)).toBe(home.id)
    expect(stored.kind).toBe('invitation')
    expect(stored.email).toBe('own.target@example.com')
    expect(stored.member ?? null).toBeNull()
    expect(idOf(stored.invitedBy)).toBe(referent.id)
    expect(new Date(stored.expiresAt!).getTime()).toBeLessThan(Date.now() + 15 * day)
  })

  it('the invitation function writes with the référent’s own rights and still returns a working link', async () => {
    const invitation = { email: 'own.colleague@example.com', profile: 'aidant', locale: 'fr', origin } as const
    const result = await inviteMember({ payload, actor: referent, input: invitation })
    if (!result.ok) throw result.error
    expect((await findInvitation(payload, result.value.token))?.id).toBe(result.value.membership.id)
    const refused = await inviteMember({
      payload,
      actor: aidant,
      input: { ...invitation, email: 'own.nope@example.com' },
    })
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'not-allowed', fields: { form: 'notAllowed' } }),
    })
  })

  it('a join request is the asking member’s own and pending, whatever dates or decision they send', async () => {
    const created = (await payload.create({
      collection: 'memberships',
      data: {
        kind: 'request',
        structure: victim.id,
        status: 'accepted',
        decidedAt: new Date().toISOString(),
        expiresAt: inDays(30),
        invitedBy: victimReferent.id,
      },
      ...as(loner),
    })) as Membership
    expect(idOf(created.member)).toBe(loner.id)
    expect(created.status).toBe('pending')
    expect(created.decidedAt ?? null).toBeNull()
    expect(created.expiresAt ?? null).toBeNull()
    expect(created.invitedBy ?? null).toBeNull()
    // Deciding stamps the date on the server; the référent cannot move it to their own structure meanwhile.
    const decided = await payload.update({
      collection: 'memberships',
      id: created.id,
      data: { status: 'refused', structure: home.id, decidedAt: '2000-01-01T00:00:00.000Z' },
      ...as(victimReferent),
    })
    expect(idOf(decided.structure)).toBe(victim.id)
    expect(new Date(decided.decidedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })
})

describe('workshops: codes minted by the server, expiry bounded, owner fixed', () => {
  let squatted: Workshop
  beforeAll(async () => {
    squatted = await payload.create({
      collection: 'workshops',
      data: {
        title: 'Démo',
        date: new Date().toISOString(),
        expiresAt: inDays(30),
        code: 'DEM347',
        aidant: victimReferent.id,
        structure: victim.id,
      },
      overrideAccess: true,
    })
  })

  it('a client-chosen code is ignored: the server mints one', async () => {
    const created = await payload.create({
      collection: 'workshops',
      data: {
        title: 'Pirate',
        date: new Date().toISOString(),
        expiresAt: inDays(7),
        code: 'DEM347',
        aidant: 0,
        structure: 0,
      },
      ...as(aidant),
    })
    expect(created.code).not.toBe('DEM347')
    expect(squatted.code).toBe('DEM347')
  })

  it('an expiry years ahead, or already past, is refused with a message on the field', async () => {
    for (const expiresAt of [inDays(5 * 365), inDays(92), inDays(-1)]) {
      await expect(
        payload.create({
          collection: 'workshops',
          data: { title: 'Loin', date: new Date().toISOString(), expiresAt, aidant: 0, structure: 0 },
          ...as(aidant),
        }),
      ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'expiresAt' })] } })
    }
    await expect(
      payload.create({
        collection: 'workshops',
        data: {
          title: 'Staff aussi',
          date: new Date().toISOString(),
          expiresAt: inDays(400),
          aidant: aidant.id,
          structure: home.id,
        },
        ...as(admin),
      }),
    ).rejects.toThrow()
  })

  it('the owner cannot rewrite the code, the structure or the aidant', async () => {
    const own = await payload.create({
      collection: 'workshops',
      data: { title: 'Mien', date: new Date().toISOString(), expiresAt: inDays(7), aidant: 0, structure: 0 },
      ...as(aidant),
    })
    await attempt(() =>
      payload.update({
        collection: 'workshops',
        id: own.id,
        data: { code: 'DEM347', structure: victim.id, aidant: victimReferent.id, expiresAt: inDays(3650) },
        ...as(aidant),
      }),
    )
    const stored = await payload.findByID({ collection: 'workshops', id: own.id, depth: 0 })
    expect(stored.code).toBe(own.code)
    expect(idOf(stored.structure)).toBe(home.id)
    expect(idOf(stored.aidant)).toBe(aidant.id)
    expect(new Date(stored.expiresAt).getTime()).toBeLessThan(Date.now() + 91 * day)
    // An expired workshop can still be renamed: only a new expiry is checked.
    await payload.update({
      collection: 'workshops',
      id: own.id,
      data: { expiresAt: inDays(-2) },
      overrideAccess: true,
    })
    await expect(
      payload.update({ collection: 'workshops', id: own.id, data: { title: 'Renommé' }, ...as(aidant) }),
    ).resolves.toMatchObject({ title: 'Renommé' })
  })
})

describe('accompaniments: aidant and structure fixed at creation', () => {
  it('the owner cannot move a record into another structure’s totals, nor attribute it to someone else', async () => {
    const created = await payload.create({
      collection: 'accompaniments',
      data: {
        date: new Date().toISOString(),
        themes: ['email'],
        kind: 'individual',
        place: 'structure',
        minutes: 20,
        aidant: victimReferent.id,
        structure: victim.id,
        member: victimReferent.id,
      },
      ...as(aidant),
    })
    expect(idOf(created.structure)).toBe(home.id)
    expect(idOf(created.aidant)).toBe(aidant.id)
    expect(created.member ?? null).toBeNull()
    await attempt(() =>
      payload.update({
        collection: 'accompaniments',
        id: created.id,
        data: { structure: victim.id, aidant: victimReferent.id },
        ...as(aidant),
      }),
    )
    const stored = await payload.findByID({ collection: 'accompaniments', id: created.id, depth: 0 })
    expect(idOf(stored.structure)).toBe(home.id)
    expect(idOf(stored.aidant)).toBe(aidant.id)
  })
  it('a participant the aidant may not see is refused', async () => {
    const elsewhere = await payload.create({
      collection: 'workshops',
      data: {
        title: 'Ailleurs',
        date: new Date().toISOString(),
        expiresAt: inDays(7),
        aidant: victimReferent.id,
        structure: victim.id,
      },
      overrideAccess: true,
    })
    const stranger = await payload.create({
      collection: 'workshop-participants',
      data: { workshop: elsewhere.id, structure: victim.id, name: 'Inconnu', shared: true },
    })
    await expect(
      payload.create({
        collection: 'accompaniments',
        data: {
          date: new Date().toISOString(),
          themes: ['email'],
          kind: 'individual',
          place: 'structure',
          minutes: 20,
          participant: stranger.id,
          aidant: 0,
          structure: 0,
        },
        ...as(aidant),
      }),
    ).rejects.toThrow()
  })
})

describe('structures: slug and computed fields are the server’s', () => {
  it('a new structure gets its slug from its name; the référent cannot rewrite it; staff can', async () => {
    const founder = await createMember(payload, {
      name: 'Fondatrice',
      email: 'own.founder@example.com',
      profile: 'aidant',
    })
    const created = await payload.create({
      collection: 'structures',
      data: {
        name: 'Espace Été',
        slug: 'own-victim',
        type: 'association',
        address: 'Rue 1',
        postcode: '5000',
        city: 'Namur',
        country: 'BE',
        activeMemberCount: 99,
        alwaysListed: true,
      },
      ...as(founder),
    })
    expect(created.slug).toBe('espace-ete')
    expect(created.activeMemberCount).toBe(0)
    expect(created.alwaysListed).toBe(false)
    await attempt(() =>
      payload.update({ collection: 'structures', id: home.id, data: { slug: 'hijacked' }, ...as(referent) }),
    )
    expect((await payload.findByID({ collection: 'structures', id: home.id, depth: 0 })).slug).toBe(home.slug)
    await expect(
      payload.update({ collection: 'structures', id: home.id, data: { slug: 'own-home-2' }, ...as(admin) }),
    ).resolves.toMatchObject({ slug: 'own-home-2' })
  })
})
