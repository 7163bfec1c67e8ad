import { validOperatorSet } from 'payload/shared'

/**
 * Checks the query string of a REST request before Payload reads it. Payload parses `where`, `sort`, `page`,
 * `limit` and `depth` loosely and lets some malformed values reach the database, where they fail as a 500
 * (`page=99999999999999999999`, `where[title][like][]=x`, `where=abc`, `where[createdAt][near]=1`).
 * Anything that is not a well-formed query is refused with a 400 and a message saying which parameter;
 * a huge `limit` is lowered to `maxLimit`. Pure: unit-tested.
 */
export const maxPage = 1_000_000
/** The most documents one REST page returns. `limit=0` (no limit) is left as is: the admin UI uses it. */
export const maxLimit = 500
const maxDepth = 10
/** Deeper than Payload's own parser (qs, depth 10) ever builds. */
const maxKeyDepth = 12

/** What the query may use here: map-point fields (geo operators), and operators the database lacks. */
export type QueryContext = { pointFields?: ReadonlySet<string>; unsupportedOperators?: ReadonlySet<string> }

export type QueryCheck = { ok: true; search: string } | { ok: false; message: string }

type Tree = { [key: string]: Tree | string }

const arrayOperators = new Set(['in', 'not_in', 'all'])
const geoOperators = new Set(['near', 'within', 'intersects'])
const sortPattern = /^-?[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/
const numberList = /^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){1,3}$/

class QueryError extends Error {}

/** `where[a][b][]` → ['where', 'a', 'b', '']; null for a key that is not bracket notation. */
function keyPath(key: string): string[] | null {
  const open = key.indexOf('[')
  if (open === -1) return [key]
  const rest = key.slice(open)
  if (!/^(\[[^[\]]*\])+$/.test(rest)) return null
  return [key.slice(0, open), ...[...rest.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)]
}

/** The query as nested objects (arrays as objects with numeric keys), like qs builds it. */
function toTree(params: URLSearchParams): Tree {
  const root: Tree = {}
  for (const [key, value] of params) {
    const path = keyPath(key)
    if (!path) throw new QueryError(`Malformed parameter name: ${key.slice(0, 60)}`)
    if (path.length > maxKeyDepth) throw new QueryError(`Parameter nested too deeply: ${path[0]}`)
    let node = root
    path.forEach((segment, i) => {
      const name = segment === '' ? String(Object.keys(node).length) : segment
      if (i === path.length - 1) {
        if (name in node) {
          // A repeated key (`sort=a&sort=b`) becomes a list, as qs does.
          const existing = node[name]!
          node[name] = typeof existing === 'string' ? { 0: existing, 1: value } : existing
          if (typeof existing !== 'string') existing[String(Object.keys(existing).length)] = value
        } else node[name] = value
        return
      }
      const next = node[name]
      if (typeof next === 'string') throw new QueryError(`Parameter given both as a value and an object: ${path[0]}`)
      node = node[name] = next ?? {}
    })
  }
  return root
}

const isList = (value: unknown): value is Record<string, unknown> | unknown[] =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && Object.keys(value).every((k) => /^\d+$/.test(k)))
const entriesOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : Object.values(value as Record<string, unknown>)
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

function checkOperand(path: string, operator: string, value: unknown, context: QueryContext) {
  const where = `where: ${path} ${operator}`
  if (context.unsupportedOperators?.has(operator)) throw new QueryError(`${where}: not supported`)
  if (geoOperators.has(operator)) {
    if (!context.pointFields?.has(path)) throw new QueryError(`${where}: only for map points`)
    if (operator === 'near' && !(typeof value === 'string' && numberList.test(value)))
      throw new QueryError(`${where}: expects "longitude,latitude[,max,min]"`)
    return
  }
  if (arrayOperators.has(operator)) {
    const values = isList(value) && typeof value === 'object' ? entriesOf(value) : [value]
    if (!values.every(isScalar)) throw new QueryError(`${where}: expects a list of values`)
    return
  }
  if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(value as string | boolean))
      throw new QueryError(`${where}: expects true or false`)
    return
  }
  if (!isScalar(value)) throw new QueryError(`${where}: expects a single value`)
}

function checkConstraint(path: string, constraint: unknown, context: QueryContext, depth: number) {
  if (depth > maxKeyDepth) throw new QueryError('where: nested too deeply')
  if (typeof constraint !== 'object' || constraint === null || Array.isArray(constraint))
    throw new QueryError(`where: ${path} needs an operator (equals, in, like…)`)
  for (const [key, value] of Object.entries(constraint)) {
    if (validOperatorSet.has(key as never)) checkOperand(path, key, value, context)
    // A nested object is a longer path (`where[author][name][equals]`): Payload checks that the path exists.
    else if (typeof value === 'object' && value !== null) checkConstraint(`${path}.${key}`, value, context, depth + 1)
    else throw new QueryError(`where: unknown operator "${key.slice(0, 40)}" on ${path}`)
  }
}

function checkWhere(where: unknown, context: QueryContext = {}, depth = 0): void {
  if (depth > maxKeyDepth) throw new QueryError('where: nested too deeply')
  if (typeof where !== 'object' || where === null || Array.isArray(where))
    throw new QueryError('where: expects conditions such as where[title][equals]=…')
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!isList(value)) throw new QueryError(`where: ${key} expects a list of conditions`)
      for (const item of entriesOf(value)) checkWhere(item, context, depth + 1)
    } else checkConstraint(key, value, context, depth + 1)
  }
}

function integer(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'string' || !/^\d{1,16}$/.test(value)) throw new QueryError(`${name}: expects a whole number`)
  const n = Number(value)
  if (n < min || n > max) throw new QueryError(`${name}: expects a number from ${min} to ${max}`)
  return n
}

/** The problem with a `where` given as an object (a POST read as a GET sends it in a JSON body), or null. */
export function whereProblem(where: unknown, context: QueryContext = {}): string | null {
  try {
    checkWhere(where, context)
    return null
  } catch (error) {
    if (error instanceof QueryError) return error.message
    throw error
  }
}

/** Checks a REST query string; on success returns it, with `limit` lowered to `maxLimit` when above. */
export function checkRestQuery(params: URLSearchParams, context: QueryContext = {}): QueryCheck {
  try {
    const tree = toTree(params)
    if ('page' in tree) integer('page', tree.page, 1, maxPage)
    if ('depth' in tree) integer('depth', tree.depth, 0, maxDepth)
    let search = params
    if ('limit' in tree && integer('limit', tree.limit, 0, Number.MAX_SAFE_INTEGER) > maxLimit) {
      search = new URLSearchParams(params)
      search.set('limit', String(maxLimit))
    }
    if ('sort' in tree) {
      const sorts = typeof tree.sort === 'string' ? [tree.sort] : isList(tree.sort) ? entriesOf(tree.sort) : null
      const fields = sorts?.flatMap((s) => (typeof s === 'string' ? s.split(',') : [null]))
      if (!fields || !fields.every((f) => f === '' || (f !== null && sortPattern.test(f.trim()))))
        throw new QueryError('sort: expects field names separated by commas, "-" for descending')
    }
    for (const name of ['where', 'data'] as const) {
      if (!(name in tree)) continue
      let value: unknown = tree[name]
      if (typeof value === 'string') {
        if (value === '') continue
        try {
          value = JSON.parse(value)
        } catch {
          throw new QueryError(`${name}: not valid JSON`)
        }
      }
      if (name === 'where') checkWhere(value, context)
    }
    return { ok: true, search: search.toString() }
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, message: error.message }
    throw error
  }
}
