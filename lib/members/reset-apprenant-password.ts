import { notAllowed } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { recordPasswordGrant } from './passwordGrants'
import { temporaryPassword } from './tokens'

/**
 * An aidant gives a new temporary password to an apprenant of their structure who has no e-mail address.
 * It is returned once, to be shown once; the apprenant must change it at their next sign-in. Their open
 * sessions end, and the grant is recorded for the structure's référents (collections/PasswordGrants.ts).
 * Any other apprenant, or one that does not exist, is the same "not allowed".
 */
export async function resetApprenantPassword({
  payload,
  actor,
  input,
}: UseCaseArgs<{ apprenant: number }>): Promise<Result<string>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return fail(notAllowed())
  const structure = idOf(actor.structure)
  // Read as the system: members cannot read one another; the rule below decides who may.
  const apprenant = await payload.findByID({
    collection: 'members',
    id: input.apprenant,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  if (
    !apprenant ||
    !structure ||
    apprenant.profile !== 'apprenant' ||
    idOf(apprenant.structure) !== structure ||
    apprenant.email
  )
    return fail(notAllowed())
  const password = temporaryPassword()
  // System write: nobody sets another member's password through the API; this rule is checked just above.
  await payload.update({
    collection: 'members',
    id: apprenant.id,
    data: { password, mustChangePassword: true },
    overrideAccess: true,
  })
  await recordPasswordGrant(payload, actor, apprenant, structure)
  return ok(password)
}
