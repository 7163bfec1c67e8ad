import { lengths } from '@/fields/lengths'
import { invalid, notAllowed } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { hashOf, keyScopeOf, newSecret, shownPrefixLength } from './apiKeys'

export type CreateApiKeyInput = { name: string }

/** How many keys a structure (or the platform) may hold at once, revoked ones aside. */
export const maxActiveKeys = 20

/**
 * A référent makes a key for their structure's figures, staff one for the platform's; anyone else is refused.
 * The secret is returned once and never stored: only its SHA-256. Written as the system because nobody writes
 * keys through the API (collections/ApiKeys.ts); the actor's right was checked here.
 */
export async function createApiKey({
  payload,
  actor,
  input,
}: UseCaseArgs<CreateApiKeyInput>): Promise<Result<{ id: number; name: string; prefix: string; secret: string }>> {
  const allowed = keyScopeOf(actor)
  if (!allowed || !actor) return fail(notAllowed())
  const name = input.name.trim()
  if (!name) return fail(invalid({ name: 'required' }))
  if (name.length > lengths.name) return fail(invalid({ name: 'tooLong' }))
  const { totalDocs } = await payload.count({
    collection: 'api-keys',
    where: {
      and: [
        { revokedAt: { exists: false } },
        allowed.scope === 'structure'
          ? { structure: { equals: allowed.structure } }
          : { scope: { equals: 'platform' } },
      ],
    },
    overrideAccess: true,
  })
  if (totalDocs >= maxActiveKeys) return fail(invalid({ name: 'tooManyKeys' }))
  const secret = newSecret()
  const prefix = secret.slice(0, shownPrefixLength)
  const created = await payload.create({
    collection: 'api-keys',
    data: {
      name,
      prefix,
      keyHash: hashOf(secret),
      scope: allowed.scope,
      structure: allowed.scope === 'structure' ? allowed.structure : null,
      createdBy: { relationTo: actor.collection, value: actor.id },
    },
    // Keys are server-written only (serverWritesOnly); the actor's right is keyScopeOf above.
    overrideAccess: true,
  })
  return ok({ id: created.id, name, prefix, secret })
}
