import { invalid, notAllowed } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { leaveCurrentStructure } from './membership'

/** A member leaves their structure, having ticked "I confirm"; a last référent hands over to an aidant. */
export async function leaveStructure({
  payload,
  actor,
  input,
}: UseCaseArgs<{ confirmed: boolean }>): Promise<Result<null>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  if (!input.confirmed) return fail(invalid({ confirm: 'confirm' }))
  await leaveCurrentStructure(payload, actor)
  return ok(null)
}
