import { invalid, notAllowed } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Structure } from '@/payload-types'

import { checkStructure, type StructureInput } from './details'

/** A référent edits their structure's details (everything but its slug and member count). */
export async function updateStructure({
  payload,
  actor,
  input,
}: UseCaseArgs<StructureInput>): Promise<Result<Structure>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  const errors = checkStructure(input)
  if (Object.keys(errors).length) return fail(invalid(errors))
  const structure = idOf(actor.structure)
  if (!structure) return fail(notAllowed())
  // The référent's own rights decide (access/referentOfStructure.ts): a mere member is refused there.
  return resultOf(
    payload.update({ collection: 'structures', id: structure, data: input, user: actor, overrideAccess: false }),
    Object.keys(input),
  )
}
