import { notAllowed } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Member, Membership } from '@/payload-types'

export type MemberData = {
  exportedAt: string
  account: Pick<Member, 'name' | 'profile' | 'locale' | 'createdAt' | 'updatedAt'> & {
    email: string | null
    username: string | null
    structure: { id: number; name: string } | null
    structureRole: Member['structureRole'] | null
  }
  memberships: Pick<Membership, 'kind' | 'status' | 'structure' | 'createdAt' | 'decidedAt'>[]
}

/** "Download my data": everything we hold about the member, read with their own rights. */
export async function exportMemberData({
  payload,
  actor,
  now = new Date(),
}: UseCaseArgs<unknown> & { now?: Date }): Promise<Result<MemberData>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  const own = { user: actor, overrideAccess: false } as const
  const [self, memberships] = await Promise.all([
    payload.findByID({ collection: 'members', id: actor.id, depth: 1, ...own }),
    payload.find({
      collection: 'memberships',
      where: { member: { equals: actor.id } },
      depth: 0,
      limit: 1000,
      ...own,
    }),
  ])
  const structure =
    typeof self.structure === 'object' && self.structure ? { id: self.structure.id, name: self.structure.name } : null
  return ok({
    exportedAt: now.toISOString(),
    account: {
      name: self.name,
      email: self.email ?? null,
      username: self.username ?? null,
      profile: self.profile,
      locale: self.locale,
      structure,
      structureRole: self.structureRole ?? null,
      createdAt: self.createdAt,
      updatedAt: self.updatedAt,
    },
    memberships: memberships.docs.map(({ kind, status, structure: s, createdAt, decidedAt }) => ({
      kind,
      status,
      structure: s,
      createdAt,
      decidedAt,
    })),
  })
}
