import { notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { keyScopeOf } from './apiKeys'

/**
 * A référent revokes a key of their structure, staff any key. A key the actor may not touch is "not found",
 * like one that does not exist. Revoking twice keeps the first date.
 */
export async function revokeApiKey({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<{ id: number | null }> & { now?: Date }): Promise<Result<{ id: number; name: string }>> {
  const allowed = keyScopeOf(actor)
  if (!allowed || !input.id) return fail(notFound())
  const key = await payload.findByID({
    collection: 'api-keys',
    id: input.id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  if (!key) return fail(notFound())
  if (allowed.scope === 'structure' && (!key.structure || idOf(key.structure) !== allowed.structure))
    return fail(notFound())
  if (!key.revokedAt)
    await payload.update({
      collection: 'api-keys',
      id: key.id,
      data: { revokedAt: now.toISOString() },
      depth: 0,
      // Staff-only through the API (access: update isStaff); a référent's right on their structure's keys is
      // checked above.
      overrideAccess: true,
    })
  return ok({ id: key.id, name: key.name })
}
