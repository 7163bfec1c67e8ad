import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Member, Structure, User } from '@/payload-types'

import { createMember, createStaff, createStructure } from './support/members'
import { startPayload } from './support/payload'

/**
 * The access matrix of members, structures and memberships, through the Local API with overrideAccess off,
 * for every role: anonymous, apprenant, aidant, référent, another structure's référent, editor and admin.
 */
let payload: Payload
let home: Structure
let other: Structure
let hidden: Structure
const who: Record<string, ((Member & { collection: 'members' }) | (User & { collection: 'users' })) | null> = {}
let requestId: number

const as = (role: string) => ({ overrideAccess: false, user: who[role] ?? undefined })

beforeAll(async () => {
  payload = await startPayload()
  home = await createStructure(payload, 'Maison', '5000', 'Namur')
  other = await createStructure(payload, 'Autre', '1000', 'Bruxelles')
  hidden = await createStructure(payload, 'Sans membre', '4000', 'Liège')
  who.anonymous = null
  who.referent = await createMember(payload, {
    name: 'Réf',
    email: 'ref@example.com',
    profile: 'aidant',
    structure: home.id,
    structureRole: 'referent',
  })
  who.aidant = await createMember(payload, {
    name: 'Aidant',
    email: 'aidant@example.com',
    profile: 'aidant',
    structure: home.id,
    structureRole: 'member',
  })
  who.apprenant = await createMember(payload, {
    name: 'Appr',
    username: 'appr.test',
    profile: 'apprenant',
    structure: home.id,
    structureRole: 'member',
  })
  who.otherReferent = await createMember(payload, {
    name: 'Autre réf',
    email: 'autre@example.com',
    profile: 'aidant',
    structure: other.id,
    structureRole: 'referent',
  })
  who.editor = await createStaff(payload, 'editor@example.com', 'editor')
  who.admin = await createStaff(payload, 'admin@example.com', 'admin')
  const loner = await createMember(payload, { name: 'Seul', email: 'seul@example.com', profile: 'aidant' })
  requestId = (
    await payload.create({
      collection: 'memberships',
      data: { kind: 'request', structure: home.id, member: loner.id, status: 'pending' },
      overrideAccess: true,
    })
  ).id
})

afterAll(async () => {
  await payload?.destroy()
})

const members = ['apprenant', 'aidant', 'referent', 'otherReferent'] as const
const staff = ['editor', 'admin'] as const

describe('members: a member reads and updates only themself; only staff list all members', () => {
  it('anonymous visitors read no member', async () => {
    await expect(payload.find({ collection: 'members', ...as('anonymous') })).rejects.toThrow(/autorisé|allowed/)
  })

  it.each(members)('%s reads only their own account', async (role) => {
    const { docs } = await payload.find({ collection: 'members', ...as(role) })
    expect(docs.map((d) => d.id)).toEqual([who[role]!.id])
  })

  it.each(staff)('%s lists every member', async (role) => {
    const { totalDocs } = await payload.count({ collection: 'members', ...as(role) })
    expect(totalDocs).toBe(5)
  })

  it.each(members)('%s updates their own name but not another member', async (role) => {
    const self = who[role]!
    await expect(
      payload.update({ collection: 'members', id: self.id, data: { name: 'Nouveau nom' }, ...as(role) }),
    ).resolves.toMatchObject({ name: 'Nouveau nom' })
    const victim = role === 'aidant' ? who.referent! : who.aidant!
    await expect(
      payload.update({ collection: 'members', id: victim.id, data: { name: 'Piraté' }, ...as(role) }),
    ).rejects.toThrow()
  })

  it.each(members)('%s cannot give themself a structure, a role or another profile', async (role) => {
    const self = who[role] as Member
    const updated = await payload.update({
      collection: 'members',
      id: self.id,
      data: { structure: other.id, structureRole: 'referent', profile: 'aidant' },
      ...as(role),
    })
    expect(updated.structureRole).toBe(self.structureRole)
    expect(typeof updated.structure === 'object' ? updated.structure?.id : updated.structure).toBe(
      typeof self.structure === 'object' ? self.structure?.id : self.structure,
    )
    expect(updated.profile).toBe(self.profile)
  })

  it('staff can make a second référent (in /admin)', async () => {
    const updated = await payload.update({
      collection: 'members',
      id: who.aidant!.id,
      data: { structureRole: 'referent' },
      ...as('admin'),
    })
    expect(updated.structureRole).toBe('referent')
    await payload.update({
      collection: 'members',
      id: who.aidant!.id,
      data: { structureRole: 'member' },
      overrideAccess: true,
    })
  })

  it('anonymous visitors cannot create members through the API (sign-up goes through the site)', async () => {
    await expect(
      payload.create({
        collection: 'members',
        data: { name: 'X', email: 'x@example.com', password: 'x-123456789', profile: 'aidant', locale: 'fr' },
        ...as('anonymous'),
      }),
    ).rejects.toThrow()
  })

  it('password hashes and reset tokens are never returned, even to staff', async () => {
    await payload.forgotPassword({ collection: 'members', data: { email: 'ref@example.com' }, disableEmail: true })
    const doc = (await payload.findByID({
      collection: 'members',
      id: who.referent!.id,
      ...as('admin'),
    })) as unknown as Record<string, unknown>
    for (const secret of ['hash', 'salt', 'password', 'resetPasswordToken']) expect(doc[secret]).toBeUndefined()
  })
})

describe('structures: public when they have active members; edited by their référents', () => {
  it('anonymous visitors see only structures with active members', async () => {
    const { docs } = await payload.find({ collection: 'structures', sort: 'name', ...as('anonymous') })
    expect(docs.map((d) => d.name)).toEqual(['Autre', 'Maison'])
    expect(docs.find((d) => d.id === hidden.id)).toBeUndefined()
  })

  it.each(staff)('%s sees hidden structures too', async (role) => {
    const { totalDocs } = await payload.count({ collection: 'structures', ...as(role) })
    expect(totalDocs).toBe(3)
  })

  it('the référent edits their own structure only', async () => {
    await expect(
      payload.update({ collection: 'structures', id: home.id, data: { phone: '+32 81 00 00 00' }, ...as('referent') }),
    ).resolves.toMatchObject({ phone: '+32 81 00 00 00' })
    await expect(
      payload.update({ collection: 'structures', id: other.id, data: { phone: '0' }, ...as('referent') }),
    ).rejects.toThrow()
  })

  it.each(['anonymous', 'apprenant', 'aidant', 'otherReferent'])('%s cannot edit the structure', async (role) => {
    await expect(
      payload.update({ collection: 'structures', id: home.id, data: { name: 'Piratée' }, ...as(role) }),
    ).rejects.toThrow()
  })

  it.each(staff)('%s edits any structure', async (role) => {
    await expect(
      payload.update({ collection: 'structures', id: other.id, data: { description: role }, ...as(role) }),
    ).resolves.toMatchObject({ description: role })
  })

  it('nobody but our own hooks sets the member count', async () => {
    const updated = await payload.update({
      collection: 'structures',
      id: home.id,
      data: { activeMemberCount: 99 },
      ...as('referent'),
    })
    expect(updated.activeMemberCount).toBe(3)
  })

  it('only staff list a structure without members (alwaysListed) or set its data source', async () => {
    const before = await payload.find({
      collection: 'structures',
      where: { id: { equals: hidden.id } },
      ...as('anonymous'),
    })
    expect(before.docs).toHaveLength(0)
    const byReferent = await payload.update({
      collection: 'structures',
      id: home.id,
      data: { alwaysListed: true, source: 'moi' },
      ...as('referent'),
    })
    expect(byReferent).toMatchObject({ alwaysListed: false })
    expect(byReferent.source ?? null).toBeNull()
    for (const role of staff) {
      const listed = await payload.update({
        collection: 'structures',
        id: hidden.id,
        data: { alwaysListed: true, source: role },
        ...as(role),
      })
      expect(listed).toMatchObject({ alwaysListed: true, source: role })
      const seen = await payload.find({
        collection: 'structures',
        where: { id: { equals: hidden.id } },
        ...as('anonymous'),
      })
      expect(seen.docs).toHaveLength(1)
      await payload.update({
        collection: 'structures',
        id: hidden.id,
        data: { alwaysListed: false },
        overrideAccess: true,
      })
    }
  })

  it('members already in a structure, apprenants and anonymous visitors cannot create one', async () => {
    for (const role of ['anonymous', 'apprenant', 'aidant', 'referent']) {
      await expect(
        payload.create({
          collection: 'structures',
          data: {
            name: 'Nouvelle',
            slug: 'nouvelle',
            type: 'epn',
            address: 'a',
            postcode: '1000',
            city: 'b',
            country: 'BE',
          },
          ...as(role),
        }),
      ).rejects.toThrow()
    }
  })
})

describe('memberships: a référent manages only their own structure and its requests', () => {
  it('the référent of the structure sees and decides its request', async () => {
    const { docs } = await payload.find({ collection: 'memberships', ...as('referent') })
    expect(docs.map((d) => d.id)).toContain(requestId)
    await expect(
      payload.update({ collection: 'memberships', id: requestId, data: { status: 'refused' }, ...as('referent') }),
    ).resolves.toMatchObject({ status: 'refused' })
    await payload.update({
      collection: 'memberships',
      id: requestId,
      data: { status: 'pending' },
      overrideAccess: true,
    })
  })

  it('anonymous visitors neither read nor decide any request', async () => {
    await expect(payload.find({ collection: 'memberships', ...as('anonymous') })).rejects.toThrow(/autorisé|allowed/)
    await expect(
      payload.update({ collection: 'memberships', id: requestId, data: { status: 'accepted' }, ...as('anonymous') }),
    ).rejects.toThrow()
  })

  it.each(['apprenant', 'aidant', 'otherReferent'])('%s neither sees nor decides it', async (role) => {
    const { docs } = await payload.find({ collection: 'memberships', ...as(role) })
    expect(docs.map((d) => d.id)).not.toContain(requestId)
    await expect(
      payload.update({ collection: 'memberships', id: requestId, data: { status: 'accepted' }, ...as(role) }),
    ).rejects.toThrow()
  })

  it.each(staff)('%s sees and manages every request', async (role) => {
    const { docs } = await payload.find({ collection: 'memberships', ...as(role) })
    expect(docs.map((d) => d.id)).toContain(requestId)
  })

  it('a member may only ask to join for themself; a référent may only invite into their own structure', async () => {
    const aidant = who.aidant!
    await expect(
      payload.create({
        collection: 'memberships',
        data: { kind: 'request', structure: other.id, member: aidant.id, status: 'pending' },
        ...as('aidant'),
      }),
    ).resolves.toBeTruthy()
    await expect(
      payload.create({
        collection: 'memberships',
        data: { kind: 'request', structure: other.id, member: who.referent!.id, status: 'pending' },
        ...as('aidant'),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'memberships',
        data: { kind: 'invitation', structure: home.id, email: 'n@example.com', status: 'pending' },
        ...as('aidant'),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'memberships',
        data: { kind: 'invitation', structure: other.id, email: 'n@example.com', status: 'pending' },
        ...as('referent'),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'memberships',
        data: { kind: 'invitation', structure: home.id, email: 'n@example.com', status: 'pending' },
        ...as('referent'),
      }),
    ).resolves.toBeTruthy()
    await expect(
      payload.create({
        collection: 'memberships',
        data: { kind: 'request', structure: home.id, status: 'pending' },
        ...as('anonymous'),
      }),
    ).rejects.toThrow()
  })

  it('invitation token hashes are never returned', async () => {
    const { docs } = await payload.find({ collection: 'memberships', ...as('admin') })
    for (const doc of docs) expect((doc as unknown as Record<string, unknown>).tokenHash).toBeUndefined()
  })
})
