import type { CollectionSlug } from 'payload'
import { expect } from 'vitest'

import { knownFields } from './factories'
import type { TrustRow } from './table'
import { type Actor, type CreateArgs, type LocalUser, pngFile, type World } from './world'

/**
 * How the matrix tells "allowed" from "denied" through the Local API with the acting user and overrideAccess
 * off: a denial is Payload's Forbidden (403), an unauthenticated refusal (401) or, for an update or delete by
 * id whose access query excludes the document, NotFound (404). Any other error fails the test as it is.
 */
export type Outcome = 'allowed' | 'denied'

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

async function outcome(attempt: () => Promise<unknown>): Promise<Outcome> {
  try {
    await attempt()
    return 'allowed'
  } catch (error) {
    if ([401, 403, 404].includes(statusOf(error) ?? 0)) return 'denied'
    throw error
  }
}

const as = (user: Actor | undefined) => ({ overrideAccess: false as const, user: user as LocalUser, depth: 0 })

/** Read: the document is in what the user may list (a Forbidden list or a filtered-out document is a denial). */
export async function readOutcome(w: World, collection: CollectionSlug, id: number, user?: Actor): Promise<Outcome> {
  try {
    const { docs } = await w.payload.find({ collection, where: { id: { equals: id } }, limit: 1, ...as(user) })
    return docs.some((doc) => doc.id === id) ? 'allowed' : 'denied'
  } catch (error) {
    if ([401, 403].includes(statusOf(error) ?? 0)) return 'denied'
    throw error
  }
}

export async function createOutcome(
  w: World,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  user?: Actor,
): Promise<Outcome> {
  const file = collection === 'media' ? { file: await pngFile(`${w.unique()}.png`) } : {}
  return outcome(() =>
    w.payload.create({
      collection,
      data: knownFields(w, collection, data),
      locale: 'fr',
      ...file,
      ...as(user),
    } as CreateArgs),
  )
}

export async function updateOutcome(
  w: World,
  collection: CollectionSlug,
  id: number,
  data: Record<string, unknown>,
  user?: Actor,
): Promise<Outcome> {
  return outcome(() => w.payload.update({ collection, id, data, locale: 'fr', ...as(user) }))
}

/** Delete, and check the database agrees: gone when allowed, still there when denied. */
export async function deleteOutcome(w: World, collection: CollectionSlug, id: number, user?: Actor): Promise<Outcome> {
  const result = await outcome(() => w.payload.delete({ collection, id, ...as(user) }))
  const { totalDocs } = await w.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })
  expect(totalDocs, 'the document is gone exactly when the delete was allowed').toBe(result === 'allowed' ? 0 : 1)
  return result
}

/** Versions of a document: staff see them; for anyone else the query is refused or comes back empty. */
export async function readVersionsOutcome(
  w: World,
  collection: CollectionSlug,
  id: number,
  user?: Actor,
): Promise<Outcome> {
  try {
    const { docs } = await w.payload.findVersions({ collection, where: { parent: { equals: id } }, ...as(user) })
    return docs.length > 0 ? 'allowed' : 'denied'
  } catch (error) {
    if ([401, 403].includes(statusOf(error) ?? 0)) return 'denied'
    throw error
  }
}

/** A relationship read at depth 0 is an id; a populated one is a document: compare by id. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  return value ?? null
}

async function storedValue(w: World, collection: CollectionSlug, id: number, field: string, hidden = false) {
  const doc = await w.payload.findByID({ collection, id, depth: 0, overrideAccess: true, showHiddenFields: hidden })
  return plain((doc as unknown as Record<string, unknown>)[field])
}

/**
 * The policy's "overwritten or refused" for a trust field: a member who may write the document sends a value for
 * a field only the server (or staff) decides. Either the write fails with 400 or 403, or what is stored is not
 * the client's value (create) / is the value from before (update), or what the row's own `ok` accepts.
 */
export async function expectNotTaken(w: World, collection: CollectionSlug, row: TrustRow): Promise<void> {
  const actor = await row.actor(w)
  const value = row.value(w, actor)
  let id: number
  let before: unknown = null
  try {
    if (row.op === 'create') {
      const data = { ...knownFields(w, collection, row.base!(w, actor)), [row.field]: value }
      const doc = await w.payload.create({ collection, data, locale: 'fr', ...as(actor) } as CreateArgs)
      id = doc.id as number
    } else {
      id = await row.doc!(w, actor)
      before = await storedValue(w, collection, id, row.field, row.hidden)
      await w.payload.update({ collection, id, data: { [row.field]: value }, locale: 'fr', ...as(actor) })
    }
  } catch (error) {
    expect([400, 403], `refused with ${String(error)}`).toContain(statusOf(error))
    return
  }
  if (row.taken) {
    expect(await row.taken(w, id, value, actor), `the client's ${row.field} took effect`).toBe(false)
    return
  }
  const stored = await storedValue(w, collection, id, row.field, row.hidden)
  const shown = `stored ${row.field} = ${JSON.stringify(stored)} (client sent ${JSON.stringify(value)})`
  if (row.ok) expect(row.ok(stored, { w, actor, value, before }), shown).toBe(true)
  else if (row.op === 'create') expect(stored, shown).not.toEqual(plain(value))
  else expect(stored, shown).toEqual(before)
}
