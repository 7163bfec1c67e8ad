import { invalid, notAllowed } from '@/lib/errors'
import { resultOf } from '@/lib/payload/resultOf'
import { brusselsDay } from '@/lib/time/brussels'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Workshop } from '@/payload-types'

import { checkWorkshop, endOfDay, expiryError, type WorkshopInput } from './validation'

/**
 * An aidant of a structure creates a workshop. The collection sets the owner, the structure and the code from
 * the actor (access/aidantWithStructure.ts, collections/Workshops/index.ts) and checks the expiry again.
 */
export async function createWorkshop({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<WorkshopInput> & { now?: Date }): Promise<Result<Workshop>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return fail(notAllowed())
  if (!actor.structure) return fail(invalid({ form: 'noStructure' }))
  const errors = checkWorkshop(input, brusselsDay(now))
  if (Object.keys(errors).length) return fail(invalid(errors))
  const expiresAt = endOfDay(input.expiresAt).toISOString()
  const created = await resultOf(
    payload.create({
      collection: 'workshops',
      data: {
        title: input.title.trim(),
        date: new Date(`${input.date}T12:00:00Z`).toISOString(),
        expiresAt,
        modules: input.modules,
        parcours: input.parcours,
        diagnostic: input.diagnostic || null,
        // Set again by the hook from the signed-in aidant: never trusted from the input.
        aidant: actor.id,
        structure: 0,
      },
      user: actor,
      overrideAccess: false,
    }),
    Object.keys(input),
  )
  if (created.ok) return created
  // Same rule, same words as the form; they can only disagree around midnight.
  const expiry = expiryError(expiresAt, now)
  return created.error.fields.expiresAt && expiry
    ? fail(invalid({ ...created.error.fields, expiresAt: expiry }))
    : created
}
