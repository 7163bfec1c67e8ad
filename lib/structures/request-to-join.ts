import { conflict, notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Membership } from '@/payload-types'

import { cancelPendingRequests, leaveCurrentStructure } from './membership'

/** "Changer de structure": the member leaves the current one at once, then waits for the new one's référent. */
export async function requestToJoin({
  payload,
  actor,
  input,
}: UseCaseArgs<{ structure: number }>): Promise<Result<Membership>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  if (idOf(actor.structure) === input.structure) return fail(conflict({ form: 'alreadyMember' }))
  // Read as the system: a hidden structure (no members yet) can still be asked to join.
  const structure = await payload.findByID({
    collection: 'structures',
    id: input.structure,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  if (!structure) return fail(notFound())
  await leaveCurrentStructure(payload, actor)
  await cancelPendingRequests(payload, actor)
  // access/membershipCreate.ts: a member asks for themself only; the hook sets the status and dates.
  return resultOf(
    payload.create({
      collection: 'memberships',
      data: { kind: 'request', structure: structure.id, member: actor.id, profile: actor.profile, status: 'pending' },
      user: actor,
      overrideAccess: false,
      depth: 0,
    }),
  )
}
