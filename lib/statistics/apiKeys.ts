import { createHash, randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { referentStructure } from '@/access/isMember'
import { idOf } from '@/lib/payload/relations'
import type { Actor } from '@/lib/usecases/types'
import type { ApiKey } from '@/payload-types'

import type { Scope } from './compute'

/**
 * Keys for the open statistics API (/api/v1, issue 17 point 4). A key is `dg_` and 32 random bytes in base64url,
 * shown once to whoever made it; the database keeps its SHA-256 (`keyHash`) and its first ten characters
 * (`prefix`, to tell keys apart in a list). A structure key reads that structure's figures, a platform key the
 * whole platform's. Keys belong to the structure, not to the référent who made it: any référent of the structure
 * (and staff) may revoke it.
 */
export const keyPrefix = 'dg_'
export const shownPrefixLength = 10

/** A new secret: `dg_` + 32 random bytes, base64url (43 characters). */
export const newSecret = () => keyPrefix + randomBytes(32).toString('base64url')
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex')
/** What a well-formed key looks like: anything else is refused before the database is asked. */
const keyPattern = /^dg_[A-Za-z0-9_-]{43,128}$/

/** What an API key lets its holder read. */
export type ApiPrincipal = { id: number; name: string; scope: Scope; scopeName: 'structure' | 'platform' }

/** A key as the access page lists it: never its hash. */
export type ListedKey = Pick<ApiKey, 'id' | 'name' | 'prefix' | 'scope' | 'lastUsedAt' | 'revokedAt' | 'createdAt'> & {
  structure: number | null
}

/** What an actor may make: staff a platform key, a référent a key of their structure; nobody else a key. */
export function keyScopeOf(actor: Actor): { scope: 'platform' } | { scope: 'structure'; structure: number } | null {
  if (actor?.collection === 'users') return { scope: 'platform' }
  if (actor?.collection === 'members' && actor.profile === 'aidant') {
    const structure = referentStructure(actor)
    if (structure) return { scope: 'structure', structure }
  }
  return null
}

/** The keys an actor may see and revoke, newest first: staff every key, a référent their structure's. */
export async function listApiKeys(payload: Payload, actor: Actor): Promise<ListedKey[]> {
  const allowed = keyScopeOf(actor)
  if (!allowed) return []
  const { docs } = await payload.find({
    collection: 'api-keys',
    where: allowed.scope === 'structure' ? { structure: { equals: allowed.structure } } : {},
    sort: '-createdAt',
    limit: 200,
    depth: 0,
    // Read on behalf of the actor checked above (members read keys through their structure's rule too).
    overrideAccess: true,
  })
  return docs.map((d) => ({
    id: d.id,
    name: d.name,
    prefix: d.prefix,
    scope: d.scope,
    lastUsedAt: d.lastUsedAt,
    revokedAt: d.revokedAt,
    createdAt: d.createdAt,
    structure: d.structure ? idOf(d.structure) : null,
  }))
}

export type Authentication = { ok: true; key: ApiPrincipal } | { ok: false; reason: 'missing' | 'invalid' | 'revoked' }

/** `lastUsedAt` is written at most this often per key: a busy client costs one write a minute, not one a call. */
const touchEvery = 60_000

/**
 * The key of a request (`Authorization: Bearer dg_…`), found by its hash. A revoked key, or one whose structure
 * is gone, is refused.
 */
export async function authenticateApiKey(
  payload: Payload,
  request: Pick<Request, 'headers'>,
  now = new Date(),
): Promise<Authentication> {
  const header = request.headers.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (!match) return { ok: false, reason: 'missing' }
  const secret = match[1]!
  if (!keyPattern.test(secret)) return { ok: false, reason: 'invalid' }
  const { docs } = await payload.find({
    collection: 'api-keys',
    where: { keyHash: { equals: hashOf(secret) } },
    limit: 1,
    depth: 0,
    // No user: the key is the proof, looked up by its hash.
    overrideAccess: true,
  })
  const key = docs[0]
  if (!key) return { ok: false, reason: 'invalid' }
  if (key.revokedAt) return { ok: false, reason: 'revoked' }
  const structure = key.structure ? idOf(key.structure) : null
  if (key.scope === 'structure' && !structure) return { ok: false, reason: 'invalid' }
  // On MongoDB nothing clears a deleted structure from its keys: the key ends with its structure.
  if (structure) {
    const { totalDocs } = await payload.count({
      collection: 'structures',
      where: { id: { equals: structure } },
      overrideAccess: true,
    })
    if (!totalDocs) return { ok: false, reason: 'invalid' }
  }
  if (!key.lastUsedAt || now.getTime() - Date.parse(key.lastUsedAt) >= touchEvery) {
    await payload.update({
      collection: 'api-keys',
      id: key.id,
      data: { lastUsedAt: now.toISOString() },
      depth: 0,
      // A server-set field (collections/ApiKeys.ts), written as a consequence of an allowed call.
      overrideAccess: true,
    })
  }
  return {
    ok: true,
    key: {
      id: key.id,
      name: key.name,
      scopeName: key.scope,
      scope: key.scope === 'platform' ? { kind: 'platform' } : { kind: 'structure', structure: structure! },
    },
  }
}
