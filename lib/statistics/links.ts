import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { referentStructure } from '@/access/isMember'
import { lengths } from '@/fields/lengths'
import { invalid, notAllowed, notFound } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { Actor, UseCaseArgs } from '@/lib/usecases/types'
import type { StatisticsLink } from '@/payload-types'

import type { Scope } from './compute'
import { filtersQuery, parseFilters, type StatisticsFilters } from './filters'

/**
 * Public statistics links (issue 17, point 5): a référent shares their structure's figures, staff the
 * platform's, with a funder, for a period and filters fixed when the link is made. The link is its token
 * (192 random bits); revoking it stops it at once. The collection lets nobody write through the API
 * (collections/StatisticsLinks.ts): these use cases check who asks, then write as the system.
 */

/** Whose figures an actor may share: a référent their structure, staff the platform; anybody else nothing. */
export function linkScopeOf(actor: Actor): { scope: 'structure'; structure: number } | { scope: 'platform' } | null {
  if (actor?.collection === 'users') return { scope: 'platform' }
  const structure = actor?.collection === 'members' && actor.profile === 'aidant' ? referentStructure(actor) : null
  return structure ? { scope: 'structure', structure } : null
}

/** 24 bytes from the system's CSPRNG: 192 bits, 32 URL-safe characters. */
export const newLinkToken = () => randomBytes(24).toString('base64url')

export type CreateLinkInput = { label: string; query: string }

/**
 * Creates a link to the figures the actor is looking at. The scope comes from the actor (never from the
 * form); the filters are read again and kept only when valid, with the period always written out, so that
 * the link shows the same months next year.
 */
export async function createStatisticsLink({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<CreateLinkInput> & { now?: Date }): Promise<Result<StatisticsLink>> {
  const owner = linkScopeOf(actor)
  if (!owner) return fail(notAllowed())
  const label = input.label.trim()
  if (!label) return fail(invalid({ label: 'required' }))
  if (label.length > lengths.title) return fail(invalid({ label: 'tooLong' }))
  const { filters } = parseFilters(Object.fromEntries(new URLSearchParams(input.query)), now)
  // A référent's link never narrows to another structure: their scope is their own structure anyway.
  const kept: StatisticsFilters = owner.scope === 'structure' ? { ...filters, structure: undefined } : filters
  const query = new URLSearchParams(filtersQuery(kept)).toString()
  // System write: nobody writes statistics links through the API; the actor's right was checked just above.
  const link = await payload.create({
    collection: 'statistics-links',
    data: {
      label,
      token: newLinkToken(),
      scope: owner.scope,
      structure: owner.scope === 'structure' ? owner.structure : null,
      query,
      createdBy: { relationTo: actor!.collection, value: actor!.id },
    },
    overrideAccess: true,
    depth: 0,
  })
  return ok(link)
}

/**
 * The links an actor may manage that still work, newest first: a référent's structure's links, staff the
 * platform's (staff revoke a structure's link in /admin). Read with the actor's rights.
 */
export async function listStatisticsLinks({ payload, actor }: UseCaseArgs<void>): Promise<Result<StatisticsLink[]>> {
  const owner = linkScopeOf(actor)
  if (!owner) return fail(notAllowed())
  const { docs } = await payload.find({
    collection: 'statistics-links',
    where: {
      and: [
        { revokedAt: { exists: false } },
        owner.scope === 'platform' ? { scope: { equals: 'platform' } } : { structure: { equals: owner.structure } },
      ],
    },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    user: actor,
    overrideAccess: false,
  })
  return ok(docs)
}

/**
 * Revokes a link: staff any, a référent only their structure's. A link the actor may not read is "not
 * found" (they may not know it exists); revoking twice keeps the first date.
 */
export async function revokeStatisticsLink({
  payload,
  actor,
  input,
  now = new Date(),
}: UseCaseArgs<{ link: number }> & { now?: Date }): Promise<Result<StatisticsLink>> {
  if (!linkScopeOf(actor)) return fail(notAllowed())
  // access/referentOrStaffRead.ts: staff read every link, a référent those of their structure.
  const link = await payload.findByID({
    collection: 'statistics-links',
    id: input.link,
    depth: 0,
    user: actor,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!link) return fail(notFound())
  if (link.revokedAt) return ok(link)
  // System write: the collection lets only staff update, and a référent may revoke their structure's link
  // (checked by the read above, made with their rights).
  const revoked = await payload.update({
    collection: 'statistics-links',
    id: link.id,
    data: { revokedAt: now.toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return ok(revoked)
}

/** What a public link shows: whose figures and which filters, or null for an unknown or revoked token. */
export type SharedStatistics = {
  link: StatisticsLink
  scope: Scope
  filters: StatisticsFilters
  /** The structure's name, or null for the whole platform. */
  structureName: string | null
}

const tokenPattern = /^[A-Za-z0-9_-]{20,100}$/

/**
 * A public link by its token, for a visitor without an account: the token is the proof, so this reads as the
 * system. A revoked link, or one whose structure is gone, is not found.
 */
export async function sharedStatistics(
  payload: Payload,
  token: string,
  now = new Date(),
): Promise<SharedStatistics | null> {
  if (!tokenPattern.test(token)) return null
  const { docs } = await payload.find({
    collection: 'statistics-links',
    where: { and: [{ token: { equals: token } }, { revokedAt: { exists: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const link = docs[0]
  if (!link) return null
  const { filters } = parseFilters(Object.fromEntries(new URLSearchParams(link.query ?? '')), now)
  if (link.scope === 'platform') return { link, scope: { kind: 'platform' }, filters, structureName: null }
  const id = idOf(link.structure)
  const structure = id
    ? await payload.findByID({ collection: 'structures', id, depth: 0, overrideAccess: true, disableErrors: true })
    : null
  if (!structure) return null
  return { link, scope: { kind: 'structure', structure: structure.id }, filters, structureName: structure.name }
}
