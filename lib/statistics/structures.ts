import type { Payload } from 'payload'

/**
 * How staff pick a structure to filter the platform's figures. Up to `listLimit` structures a select of their
 * names is the quickest (a few hundred options stay usable with a keyboard's type-ahead and cost ~20 kB); past
 * that (the scale seed has 10,000) the page would weigh megabytes, so a text field matches names instead.
 */
export const listLimit = 300

export type StructureChoices = { kind: 'list'; options: { value: string; label: string }[] } | { kind: 'search' }

export async function structureChoices(payload: Payload): Promise<StructureChoices> {
  // Staff only reach this; structure names are public anyway.
  const { totalDocs } = await payload.count({ collection: 'structures', overrideAccess: true })
  if (totalDocs > listLimit) return { kind: 'search' }
  const { docs } = await payload.find({
    collection: 'structures',
    select: { name: true },
    sort: 'name',
    limit: listLimit,
    depth: 0,
    overrideAccess: true,
  })
  return { kind: 'list', options: docs.map((d) => ({ value: String(d.id), label: d.name })) }
}

/** Structures whose name contains the text (at most `limit`, by name): the text field's answer. */
export async function structuresNamed(
  payload: Payload,
  text: string,
  limit = 10,
): Promise<{ id: number; name: string }[]> {
  const name = text.trim().slice(0, 150)
  if (name.length < 2) return []
  const { docs } = await payload.find({
    collection: 'structures',
    where: { name: { like: name } },
    select: { name: true },
    sort: 'name',
    limit,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => ({ id: d.id, name: d.name }))
}

/** A structure's name by id, or null. */
export async function structureName(payload: Payload, id: number): Promise<string | null> {
  const doc = await payload.findByID({
    collection: 'structures',
    id,
    select: { name: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return doc?.name ?? null
}
