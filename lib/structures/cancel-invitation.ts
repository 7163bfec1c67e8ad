import { notAllowed } from '@/lib/errors'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Membership } from '@/payload-types'

/** A référent cancels an invitation of their structure: its link stops working. */
export async function cancelInvitation({
  payload,
  actor,
  input,
}: UseCaseArgs<{ membership: number }>): Promise<Result<Membership>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  // access/membershipManage.ts limits this to the référent's own structure.
  return resultOf(
    payload.update({
      collection: 'memberships',
      id: input.membership,
      data: { status: 'cancelled' },
      user: actor,
      overrideAccess: false,
      depth: 0,
    }),
  )
}
