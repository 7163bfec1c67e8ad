import { getPayload, type Collection, type Payload, type SanitizedConfig } from 'payload'

import { BodyTooLarge, readCappedBody } from './body'
import { checkRestQuery, type QueryContext, whereProblem } from './restQuery'
import { documentIdIn, isWellFormedId, type IdKind } from './restIds'

/**
 * A gate in front of Payload's REST handler for input it does not check itself and that would otherwise
 * end as a 500 (or, for loose ids, act on the wrong document): strict document ids (404), malformed
 * `where`/`sort`/`page`/`limit`/`depth` (400), multipart without a boundary (400) and JSON bodies over
 * `maxJsonBytes` (413; uploads, sent as multipart, keep Payload's own limits). Errors have Payload's shape
 * (`{ errors: [{ message }] }`). Database errors that are the client's fault are mapped by the afterError
 * hook (lib/http/clientErrors.ts).
 */
export const maxJsonBytes = 1024 * 1024

type RouteArgs = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, args: RouteArgs) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

function idKind(payload: Payload, collection: Collection): IdKind {
  if (collection.customIDType === 'text') return 'text'
  if (payload.db.defaultIDType === 'number' || collection.customIDType === 'number') return 'number'
  return payload.db.name === 'mongoose' ? 'objectId' : 'text'
}

/** The method Payload will route by (a POST may ask to be read as a GET, for long queries). */
function effectiveMethod(request: Request): string {
  const override =
    request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  return request.method === 'POST' && override === 'GET' ? 'get' : request.method.toLowerCase()
}

/** A collection by the slug in the URL (any string). */
const collectionAt = (payload: Payload, slug: string | undefined): Collection | undefined =>
  slug === undefined ? undefined : (payload.collections as Record<string, Collection | undefined>)[slug]

function checkId(payload: Payload, segments: string[], method: string): Response | null {
  const collection = collectionAt(payload, segments[0])
  if (!collection || !collection.config.endpoints) return null
  const paths = collection.config.endpoints.filter((e) => e.method === method).map((e) => e.path)
  const id = documentIdIn(segments.slice(1), paths)
  if (id === null || isWellFormedId(id, idKind(payload, collection))) return null
  return refuse(404, 'Not Found')
}

/** Map-point fields of the collection, and the operators Payload's SQL adapters do not implement (`all`). */
function queryContext(payload: Payload, slug: string | undefined): QueryContext {
  const collection = collectionAt(payload, slug)
  return {
    pointFields: new Set(collection?.config.flattenedFields.filter((f) => f.type === 'point').map((f) => f.name)),
    unsupportedOperators: new Set(payload.db.name === 'mongoose' ? [] : ['all']),
  }
}

/** A JSON body, parsed; a 400 answer when it is not JSON. */
function parseJson(body: Uint8Array): { data: unknown } | Response {
  try {
    return { data: JSON.parse(new TextDecoder().decode(body)) }
  } catch {
    return refuse(400, 'Invalid JSON')
  }
}

/**
 * A write's body must be a JSON object (or multipart, checked above): Payload reads any other content type as
 * no data, and a JSON null, string or list reaches collection hooks that expect an object (a 500).
 */
function writeBodyProblem(body: Uint8Array, contentType: string): Response | null {
  if (!/^application\/(.+\+)?json\b/i.test(contentType))
    return refuse(415, 'Send the body as application/json or multipart/form-data.')
  const parsed = parseJson(body)
  if (parsed instanceof Response) return parsed
  const { data } = parsed
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? null
    : refuse(400, 'The request body must be a JSON object.')
}

export function guardRest(config: Promise<SanitizedConfig>, handler: RestHandler): RestHandler {
  return async (request, args) => {
    const payload = await getPayload({ config })
    const segments = (await args.params).slug ?? []
    const method = effectiveMethod(request)
    const badId = checkId(payload, segments, method)
    if (badId) return badId

    const url = new URL(request.url)
    const query = checkRestQuery(url.searchParams, queryContext(payload, segments[0]))
    if (!query.ok) return refuse(400, query.message)
    url.search = query.search

    let body: Uint8Array | null = null
    const contentType = request.headers.get('content-type') ?? ''
    if (/^multipart\/form-data/i.test(contentType)) {
      if (!/;\s*boundary=/i.test(contentType)) return refuse(400, 'multipart/form-data needs a boundary')
    } else if (request.body && !['GET', 'HEAD'].includes(request.method)) {
      try {
        body = await readCappedBody(request, maxJsonBytes)
      } catch (error) {
        if (error instanceof BodyTooLarge) return refuse(413, `Request body larger than ${maxJsonBytes} bytes`)
        throw error
      }
      // A POST read as a GET carries its query in the body.
      if (method === 'get' && body && /x-www-form-urlencoded/i.test(contentType)) {
        const overridden = checkRestQuery(new URLSearchParams(new TextDecoder().decode(body)))
        if (!overridden.ok) return refuse(400, overridden.message)
      } else if (method !== 'get' && body && body.byteLength > 0) {
        const refusal = writeBodyProblem(body, contentType)
        if (refusal) return refusal
      } else if (method === 'get' && body && /json/i.test(contentType)) {
        const parsed = parseJson(body)
        if (parsed instanceof Response) return parsed
        const { data } = parsed
        const where = typeof data === 'object' && data !== null ? (data as { where?: unknown }).where : undefined
        const problem = where === undefined ? null : whereProblem(where, queryContext(payload, segments[0]))
        if (problem) return refuse(400, problem)
      }
    }
    if (body === null && url.href === request.url) return handler(request, args)
    const forwarded = new Request(url, {
      method: request.method,
      headers: request.headers,
      body: body ?? (request.body ? request.body : undefined),
      signal: request.signal,
      // A streamed (multipart) body is passed on as it comes.
      ...(body === null && request.body ? { duplex: 'half' } : {}),
    } as RequestInit)
    return handler(forwarded, args)
  }
}
