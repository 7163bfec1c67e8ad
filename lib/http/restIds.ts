/**
 * Strict document ids on the REST API. Payload turns the id in `/api/<collection>/<id>` into a number with
 * `parseFloat`, so `6abc`, `6;drop`, `6.0` and `6e0` all read, change or delete document 6, and `abc` becomes
 * NaN and a 500. An id is accepted only in its canonical form for the database in use: a positive integer
 * with SQLite, a 24-hex-digit ObjectId with MongoDB (or any text for a collection with a text id).
 * Pure: unit-tested.
 */
import { integerId, objectIdPattern } from './id'

export type IdKind = 'number' | 'objectId' | 'text'

export function isWellFormedId(id: string, kind: IdKind): boolean {
  if (kind === 'number') return integerId(id) !== null
  return kind === 'objectId' ? objectIdPattern.test(id) : /^.{1,200}$/s.test(id)
}

/**
 * The document id in a collection route, or null when the route carries none: the `:id` of the first of
 * the collection's endpoint paths (for the request's method, in Payload's order) that the segments after
 * the collection slug match, e.g. `/:id`, `/:id/duplicate`, `/versions/:id`, `/:id/send`.
 */
export function documentIdIn(segments: string[], endpointPaths: string[]): string | null {
  for (const endpointPath of endpointPaths) {
    const parts = endpointPath.split('/').filter(Boolean)
    let id: string | null = null
    const matches =
      segments.length <= parts.length &&
      parts.every((part, i) => {
        const segment = segments[i]
        if (!part.startsWith(':')) return segment === part
        if (segment === undefined || segment === '') return part.endsWith('?')
        if (part.replace(/\?$/, '') === ':id') id = segment
        return true
      })
    if (matches) return id
  }
  return null
}
