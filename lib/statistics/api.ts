import type { Payload } from 'payload'

import { sharedLimiter } from '@/lib/auth/rateLimit'
import { clientIpFrom, trustedProxies } from '@/lib/http/clientIpRule'
import { publicOrigin } from '@/lib/http/origin'

import { authenticateApiKey, type ApiPrincipal } from './apiKeys'
import { selectRows, smallCell } from './compute'
import { filterNames, filtersQuery, parseFilters, type StatisticsFilters } from './filters'
import type { ActivityRow } from './rows'
import { activityRows } from './store'
import { statisticsOf } from './figures'

/**
 * The open statistics API (issue 17, point 4; documented in ./openapi.ts): the same figures as the statistics
 * pages, always with small groups hidden, and anonymised activity rows, for the holder of an API key. The key's
 * scope decides what is read: a structure key never sees another structure. Every answer is JSON, never cached,
 * readable from any origin (no cookies: a key is sent in `Authorization`); a refusal is
 * `{ error: { code, message } }` with 400, 401, 403 or 429, never a 500 for what a client sent.
 */

/** Calls per key and minute. */
export const callsPerMinute = 120
const minute = 60_000
const perKey = sharedLimiter('api-v1-key', callsPerMinute, minute)
/** Wrong keys per address: guessing is hopeless (256 bits), this only keeps the database out of a flood. */
const wrongKeysByIp = sharedLimiter('api-v1-wrong-key-ip', 30, 15 * minute)

export const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': 'Authorization',
  'access-control-expose-headers': 'Retry-After',
  'access-control-max-age': '600',
}
const baseHeaders = { ...corsHeaders, 'cache-control': 'no-store' }

export type ApiErrorCode = 'invalid_parameter' | 'unauthorized' | 'forbidden' | 'rate_limited'

export function apiError(status: 400 | 401 | 403 | 429, code: ApiErrorCode, message: string, headers = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...baseHeaders, ...headers } })
}

export const apiJson = (body: unknown) => Response.json(body, { headers: baseHeaders })

/** The answer to a CORS preflight. */
export const preflight = () => new Response(null, { status: 204, headers: baseHeaders })

/** The key of a request, or the error to answer: 401 without a valid key, 429 past the limits. */
async function principal(payload: Payload, request: Request): Promise<ApiPrincipal | Response> {
  // A valid key is never slowed by others' mistakes (behind a proxy without TRUSTED_PROXIES, every client shares
  // one address): the address limit counts and stops only wrong keys.
  const auth = await authenticateApiKey(payload, request)
  if (!auth.ok) {
    const ip = clientIpFrom(request.headers, trustedProxies())
    if (await wrongKeysByIp.exhausted(ip))
      return apiError(429, 'rate_limited', 'Too many calls with a wrong key. Try again later.', {
        'retry-after': '900',
      })
    if (auth.reason === 'invalid') await wrongKeysByIp.take(ip)
    const message = {
      missing: 'Send an API key: Authorization: Bearer dg_…',
      invalid: 'This API key is not valid.',
      revoked: 'This API key has been revoked.',
    }[auth.reason]
    return apiError(401, 'unauthorized', message, { 'www-authenticate': 'Bearer realm="123digit"' })
  }
  if (!(await perKey.take(String(auth.key.id))))
    return apiError(429, 'rate_limited', `At most ${callsPerMinute} calls per minute per key.`, {
      'retry-after': String(minute / 1000),
    })
  return auth.key
}

type Parsed = { filters: StatisticsFilters; params: Record<string, string> }

/** Longest query value we read: anything longer is a mistake or an attack. */
const maxValue = 200

/** The query string, strictly: a filter that is not valid is a 400 naming it (pages ignore it; an API says so). */
function readQuery(url: URL, key: ApiPrincipal): Parsed | Response {
  const params: Record<string, string> = {}
  for (const [name, value] of url.searchParams) {
    if (value.length > maxValue)
      return apiError(400, 'invalid_parameter', `The parameter "${name.slice(0, 40)}" is too long.`)
    params[name] ??= value
  }
  const { filters, ignored } = parseFilters(params)
  if (ignored.length)
    return apiError(400, 'invalid_parameter', `Invalid value for: ${ignored.join(', ')}. Dates are YYYY-MM-DD.`)
  if (key.scope.kind === 'structure' && filters.structure && filters.structure !== key.scope.structure)
    return apiError(403, 'forbidden', 'This key reads its own structure only.')
  return { filters, params }
}

/** Who the answer is about. */
const scopeOf = (key: ApiPrincipal) =>
  key.scope.kind === 'structure' ? { kind: 'structure', structure: key.scope.structure } : { kind: 'platform' }

/** GET /api/v1/statistics: the figures of the key's scope under the filters; groups under 5 people hidden. */
export async function statisticsEndpoint(payload: Payload, request: Request): Promise<Response> {
  const key = await principal(payload, request)
  if (key instanceof Response) return key
  const query = readQuery(new URL(request.url), key)
  if (query instanceof Response) return query
  const statistics = await statisticsOf(payload, {
    scope: key.scope,
    filters: query.filters,
    forcePrivacy: true,
  })
  return apiJson({
    scope: scopeOf(key),
    period: { from: query.filters.from, to: query.filters.to },
    filters: filtersQuery(query.filters),
    smallCell,
    ...statistics,
  })
}

/**
 * One activity as the API shows it: no person, no aidant, no note, no code, and none of the person's profile
 * (age, gender, situation, first time, autonomy): with a date and a municipality those could single someone out,
 * and undo the small-cell rule of /api/v1/statistics, where the profile is counted. The structure only for
 * platform keys.
 */
export function publicActivity(row: ActivityRow, withStructure: boolean) {
  const orNull = (value: string) => value || null
  return {
    id: row.id,
    date: row.day,
    kind: row.kind,
    minutes: row.minutes,
    people: row.people,
    themes: row.themes,
    procedures: row.procedures,
    devices: row.devices,
    place: orNull(row.place),
    territory: {
      country: orNull(row.country),
      region: orNull(row.region),
      province: orNull(row.province),
      municipality: orNull(row.municipality),
    },
    referred: row.referred,
    ...(withStructure ? { structure: row.structure } : {}),
  }
}

export const maxLimit = 500
const defaultLimit = 100

/**
 * GET /api/v1/activities: the key's activities under the filters, oldest id first, `limit` (≤ 500) at a time.
 * `after` (the last id seen) is the cursor the `next` link carries; `page` is there for simple clients.
 */
export async function activitiesEndpoint(payload: Payload, request: Request): Promise<Response> {
  const key = await principal(payload, request)
  if (key instanceof Response) return key
  const url = new URL(request.url)
  const query = readQuery(url, key)
  if (query instanceof Response) return query
  const { limit: rawLimit, after: rawAfter, page: rawPage } = query.params
  const positive = (value: string | undefined, max: number) =>
    value === undefined
      ? undefined
      : /^\d{1,9}$/.test(value) && Number(value) >= 1 && Number(value) <= max
        ? Number(value)
        : null
  const limit = positive(rawLimit, maxLimit) ?? (rawLimit === undefined ? defaultLimit : null)
  if (limit === null) return apiError(400, 'invalid_parameter', `"limit" must be a whole number from 1 to ${maxLimit}.`)
  const after = rawAfter === undefined ? 0 : /^\d{1,15}$/.test(rawAfter) ? Number(rawAfter) : null
  if (after === null) return apiError(400, 'invalid_parameter', '"after" must be an activity id (a whole number).')
  const page = positive(rawPage, 1_000_000)
  if (page === null) return apiError(400, 'invalid_parameter', '"page" must be a whole number from 1.')
  if (page !== undefined && rawAfter !== undefined)
    return apiError(400, 'invalid_parameter', 'Use either "page" or "after", not both.')

  const rows = selectRows(await activityRows(payload), key.scope, query.filters).sort((a, b) => a.id - b.id)
  const start = page !== undefined ? (page - 1) * limit : firstAfter(rows, after)
  const slice = rows.slice(start, start + limit)
  const more = start + limit < rows.length
  const next = new URL('/api/v1/activities', publicOrigin(request))
  for (const name of filterNames) if (query.params[name]) next.searchParams.set(name, query.params[name]!)
  next.searchParams.set('limit', String(limit))
  next.searchParams.set('after', String(slice.at(-1)?.id ?? after))
  return apiJson({
    scope: scopeOf(key),
    period: { from: query.filters.from, to: query.filters.to },
    total: rows.length,
    limit,
    data: slice.map((row) => publicActivity(row, key.scope.kind === 'platform')),
    next: more ? next.toString() : null,
  })
}

/** The index of the first row whose id is above `after` (rows sorted by id). */
function firstAfter(rows: ActivityRow[], after: number): number {
  let low = 0
  let high = rows.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (rows[mid]!.id <= after) low = mid + 1
    else high = mid
  }
  return low
}
