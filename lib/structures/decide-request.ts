import { notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Membership } from '@/payload-types'

import { setStructure } from './membership'

/** A référent accepts or refuses a pending join request to their own structure. */
export async function decideRequest({
  payload,
  actor,
  input,
}: UseCaseArgs<{ membership: number; accept: boolean }>): Promise<Result<Membership>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  // Read as the system, to tell "no such pending request" from "not yours to decide" below.
  const request = await payload.findByID({
    collection: 'memberships',
    id: input.membership,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  if (!request || request.kind !== 'request' || request.status !== 'pending') return fail(notFound())
  // access/membershipManage.ts decides who may (a référent of that structure); the hook stamps decidedAt.
  const decided = await resultOf(
    payload.update({
      collection: 'memberships',
      id: request.id,
      data: { status: input.accept ? 'accepted' : 'refused' },
      user: actor,
      overrideAccess: false,
      depth: 0,
    }),
  )
  if (!decided.ok || !input.accept) return decided
  // Read as the system: a référent may not read members' accounts.
  const applicant = await payload.findByID({
    collection: 'members',
    id: idOf(request.member) ?? 0,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  // An applicant who deleted their account meanwhile has nowhere to go: the request is still decided.
  if (applicant) await setStructure(payload, applicant, idOf(request.structure), 'member')
  return decided
}
