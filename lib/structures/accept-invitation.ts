import { withLease } from '@/lib/concurrency/lease'
import { DomainError, notAllowed } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Structure } from '@/payload-types'

import { cancelPendingRequests, leaveCurrentStructure, setStructure } from './membership'
import { findInvitation } from './queries'

/**
 * A signed-in member follows an invitation link and joins its structure (leaving theirs, if any). Accepting
 * uses the invitation up: the same link cannot be used twice.
 */
export async function acceptInvitation({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<{ token: string }> & { now?: Date }): Promise<Result<Structure>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  const found = await findInvitation(payload, input.token, now)
  if (!found) return fail(new DomainError('not-found', { form: 'invitationInvalid' }))
  // Two people following the same link on two server instances: one lease per invitation across instances
  // (lib/concurrency/lease.ts), and the link read again inside it, so only the first uses it up.
  return withLease(payload, `invitation:${found.id}`, async () => {
    const invitation = await findInvitation(payload, input.token, now)
    if (!invitation) return fail(new DomainError('not-found', { form: 'invitationInvalid' }))
    const joined = idOf(actor.structure) === invitation.structure.id
    if (!joined) await leaveCurrentStructure(payload, actor)
    await cancelPendingRequests(payload, actor)
    // System write: the token is the proof; the invited person has no rights over the structure's memberships.
    await payload.update({
      collection: 'memberships',
      id: invitation.id,
      data: { status: 'accepted', member: actor.id },
      overrideAccess: true,
      depth: 0,
    })
    if (!joined) await setStructure(payload, actor, invitation.structure.id, 'member')
    return ok(invitation.structure)
  })
}
