import { invalid, notAllowed } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Structure } from '@/payload-types'

import { checkStructure, type StructureInput } from './details'
import { cancelPendingRequests, setStructure } from './membership'

/** An aidant who belongs to no structure creates one, and becomes its référent. */
export async function createStructure({
  payload,
  actor,
  input,
}: UseCaseArgs<StructureInput>): Promise<Result<Structure>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant' || idOf(actor.structure)) return fail(notAllowed())
  const errors = checkStructure(input)
  if (Object.keys(errors).length) return fail(invalid(errors))
  // The slug comes from the name (collections/Structures/hooks/structureSlug.ts); access/canCreateStructure.ts decides.
  const created = await resultOf(
    payload.create({
      collection: 'structures',
      data: { ...input, slug: '' },
      user: actor,
      overrideAccess: false,
      depth: 0,
    }),
    Object.keys(input),
  )
  if (!created.ok) return created
  await cancelPendingRequests(payload, actor)
  await setStructure(payload, actor, created.value.id, 'referent')
  return created
}
