import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/lib/payload/relations'
import {
  createStatisticsLink,
  listStatisticsLinks,
  revokeStatisticsLink,
  sharedStatistics,
} from '@/lib/statistics/links'
import type { Actor } from '@/lib/usecases/types'
import type { Member, StatisticsLink, User } from '@/payload-types'

import { createMember, createStaff, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'
import { refused } from '@/tests/int/support/results'

/** Public statistics links (issue 17, point 5), as the statistics page's server actions call them. */
let payload: Payload
let home: number, other: number
let referent: Member & { collection: 'members' }
let otherReferent: Member & { collection: 'members' }
let colleague: Member & { collection: 'members' }
let learner: Member & { collection: 'members' }
let staff: User & { collection: 'users' }
const now = new Date('2026-12-02T10:00:00Z')

const create = (actor: Actor, label = 'Rapport Interreg', query = '') =>
  createStatisticsLink({ payload, actor, input: { label, query }, now })
const created = async (actor: Actor, label?: string, query?: string): Promise<StatisticsLink> => {
  const result = await create(actor, label, query)
  if (!result.ok) throw result.error
  return result.value
}

beforeAll(async () => {
  payload = await startPayload()
  home = (await createStructure(payload, 'Liens Namur')).id
  other = (await createStructure(payload, 'Liens Liège', '4000', 'Liège')).id
  const member = (name: string, structure: number, structureRole: 'referent' | 'member') =>
    createMember(payload, { name, profile: 'aidant', email: `links.${name}@example.com`, structure, structureRole })
  referent = await member('ref', home, 'referent')
  colleague = await member('colleague', home, 'member')
  otherReferent = await member('otherref', other, 'referent')
  learner = await createMember(payload, { name: 'Léon', profile: 'apprenant', username: 'links.leon', structure: home })
  staff = await createStaff(payload, 'links.staff@example.com', 'editor')
})

describe('createStatisticsLink', () => {
  it('a référent shares their structure, the period written out; the token is long, random and unique', async () => {
    const a = await created(referent, 'Pour la Région', 'theme=email&from=2026-01-01&to=2026-06-30')
    expect(a).toMatchObject({ label: 'Pour la Région', scope: 'structure', revokedAt: null })
    expect(idOf(a.structure as number)).toBe(home)
    expect(a.createdBy).toMatchObject({ relationTo: 'members', value: referent.id })
    expect(new URLSearchParams(a.query!).get('theme')).toBe('email')
    expect(new URLSearchParams(a.query!).get('from')).toBe('2026-01-01')
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const b = await created(referent)
    expect(b.token).not.toBe(a.token)
    // Without a period, the default one (twelve months to today) is fixed in the link.
    expect(Object.fromEntries(new URLSearchParams(b.query!))).toEqual({ from: '2026-01-01', to: '2026-12-02' })
  })

  it('the scope comes from the actor: a structure or a scope sent in the query is never taken', async () => {
    const link = await created(referent, 'Essai', `structure=${other}&scope=platform&kind=collective`)
    expect(link.scope).toBe('structure')
    expect(idOf(link.structure as number)).toBe(home)
    const query = new URLSearchParams(link.query!)
    expect(query.get('structure')).toBeNull()
    expect(query.get('scope')).toBeNull()
    expect(query.get('kind')).toBe('collective')
  })

  it('staff share the platform, and may narrow it to one structure', async () => {
    const link = await created(staff, 'Cross&Le@rn', `structure=${other}&province=BE-WLG`)
    expect(link).toMatchObject({ scope: 'platform', structure: null })
    expect(link.createdBy).toMatchObject({ relationTo: 'users', value: staff.id })
    expect(new URLSearchParams(link.query!).get('structure')).toBe(String(other))
  })

  it('wrong filters are dropped, never stored', async () => {
    const link = await created(referent, 'Filtres', 'theme=nope&kind=collective&municipality=<script>&from=2026-13-45')
    const query = Object.fromEntries(new URLSearchParams(link.query!))
    expect(query).toEqual({ kind: 'collective', from: '2026-01-01', to: '2026-12-02' })
  })

  it('an aidant who is not référent, an apprenant or a visitor may not create one', async () => {
    const notAllowed = refused('not-allowed', { form: 'notAllowed' })
    expect(await create(colleague)).toEqual(notAllowed)
    expect(await create(learner)).toEqual(notAllowed)
    expect(await create(null)).toEqual(notAllowed)
  })

  it('a label is required and bounded', async () => {
    expect(await create(referent, '   ')).toEqual(refused('invalid', { label: 'required' }))
    expect(await create(referent, 'x'.repeat(201))).toEqual(refused('invalid', { label: 'tooLong' }))
  })
})

describe('listStatisticsLinks', () => {
  it('a référent lists their structure’s working links, staff the platform’s', async () => {
    const mine = await created(referent, 'Liste Namur')
    const theirs = await created(otherReferent, 'Liste Liège')
    const platform = await created(staff, 'Liste plateforme')
    const ids = async (actor: Actor) => {
      const result = await listStatisticsLinks({ payload, actor, input: undefined })
      if (!result.ok) throw result.error
      return result.value.map((l) => l.id)
    }
    const referentSees = await ids(referent)
    expect(referentSees).toContain(mine.id)
    expect(referentSees).not.toContain(theirs.id)
    expect(referentSees).not.toContain(platform.id)
    const staffSees = await ids(staff)
    expect(staffSees).toContain(platform.id)
    expect(staffSees).not.toContain(mine.id)
    expect(await listStatisticsLinks({ payload, actor: colleague, input: undefined })).toEqual(
      refused('not-allowed', { form: 'notAllowed' }),
    )
  })
})

describe('revokeStatisticsLink and sharedStatistics', () => {
  const revoke = (actor: Actor, link: number) => revokeStatisticsLink({ payload, actor, input: { link }, now })

  it('a working link shows its structure and filters; an unknown or malformed token shows nothing', async () => {
    const link = await created(referent, 'Public', 'kind=individual&from=2026-01-01&to=2026-11-30')
    const shared = await sharedStatistics(payload, link.token, now)
    expect(shared).toMatchObject({
      scope: { kind: 'structure', structure: home },
      structureName: 'Liens Namur',
      filters: { kind: 'individual', from: '2026-01-01', to: '2026-11-30' },
    })
    const platform = await sharedStatistics(payload, (await created(staff)).token, now)
    expect(platform).toMatchObject({ scope: { kind: 'platform' }, structureName: null })
    expect(await sharedStatistics(payload, 'A'.repeat(32), now)).toBeNull()
    expect(await sharedStatistics(payload, "x' OR 1=1 --", now)).toBeNull()
    expect(await sharedStatistics(payload, '', now)).toBeNull()
  })

  it('the référent revokes their structure’s link: it stops at once and leaves their list', async () => {
    const link = await created(referent, 'À révoquer')
    const result = await revoke(referent, link.id)
    expect(result).toMatchObject({ ok: true, value: { revokedAt: now.toISOString() } })
    expect(await sharedStatistics(payload, link.token, now)).toBeNull()
    const listed = await listStatisticsLinks({ payload, actor: referent, input: undefined })
    expect(listed.ok && listed.value.map((l) => l.id)).not.toContain(link.id)
    // Twice: still revoked, the first date kept.
    const later = new Date(now.getTime() + 60_000)
    expect(
      await revokeStatisticsLink({ payload, actor: referent, input: { link: link.id }, now: later }),
    ).toMatchObject({ ok: true, value: { revokedAt: now.toISOString() } })
  })

  it('another structure’s référent cannot revoke it (not found); a plain aidant is not allowed; staff may', async () => {
    const link = await created(referent, 'Protégé')
    expect(await revoke(otherReferent, link.id)).toEqual(refused('not-found', { form: 'notFound' }))
    expect(await revoke(colleague, link.id)).toEqual(refused('not-allowed', { form: 'notAllowed' }))
    expect(await revoke(null, link.id)).toEqual(refused('not-allowed', { form: 'notAllowed' }))
    expect(await sharedStatistics(payload, link.token, now)).not.toBeNull()
    expect(await revoke(staff, link.id)).toMatchObject({ ok: true })
    expect(await sharedStatistics(payload, link.token, now)).toBeNull()
  })

  it('a référent cannot revoke a platform link', async () => {
    const link = await created(staff, 'Plateforme')
    expect(await revoke(referent, link.id)).toEqual(refused('not-found', { form: 'notFound' }))
  })

  it('nobody writes a link through the access layer, not even staff: only these use cases', async () => {
    await expect(
      payload.create({
        collection: 'statistics-links',
        data: { label: 'x', token: 'y'.repeat(32), scope: 'platform' },
        user: staff,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
