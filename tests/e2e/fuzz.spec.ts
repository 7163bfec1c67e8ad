import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { APIRequestContext, APIResponse } from '@playwright/test'

import { demoPassword, expect, test } from './support/test'

/**
 * A bounded fuzz run: a few hundred malformed requests from a fixed seed over the REST API (ids, where,
 * sort, page, limit, bodies), the pages (bad percent-encodings, unknown catalogue views) and a few server
 * actions with tampered arguments. None may get a 5xx, the server must still answer afterwards, and a loose
 * id must never reach a document.
 */
test.describe.configure({ mode: 'serial' })

/** mulberry32: small, fast and the same sequence for the same seed. */
function prng(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return { next, pick }
}

const collections = [
  'themes',
  'modules',
  'trames',
  'fiches',
  'formations',
  'parcours',
  'community-resources',
  'media',
  'structures',
  'members',
  'memberships',
  'diagnostic-results',
  'workshops',
  'workshop-participants',
  'progress',
  'accompaniments',
  'categories',
  'articles',
  'comments',
  'faq',
  'events',
  'event-registrations',
  'newsletter-subscribers',
  'newsletters',
  'contact-messages',
  'users',
] as const
/** Collections no public page lists: an admin's junk that happens to be valid shows nowhere meanwhile. */
const unlisted = ['memberships', 'accompaniments', 'comments', 'event-registrations', 'contact-messages'] as const
const badIds = [
  '1abc',
  '1;drop',
  '1.0',
  '1e0',
  ' 1',
  '0x1',
  '-1',
  '0',
  '01',
  'abc',
  '99999999999999999999',
  '%00',
  '1%2F2',
]
const fields = ['title', 'slug', 'createdAt', 'id', 'name', 'status', 'themes', 'nope', 'title.x', '_status', 'level']
const operators = ['equals', 'like', 'in', 'near', 'exists', 'greater_than', 'within', 'contains', 'all', 'bogus']
const values = ['1', '', 'abc', '-1', 'NaN', '1e400', '{}', '[]', '%', "'", '"', '\u0000', 'é'.repeat(300), 'true']
const numbers = ['-1', '0', 'NaN', 'abc', '1.5', '1e3', '99999999999999999999', '', '1', '999999']
const sorts = [';drop', '-', '--title', 'title,', 'nope', 'title desc', '(select 1)', '-createdAt', 'a.b.c.d']

function randomQuery(rand: ReturnType<typeof prng>): string {
  const parts: string[] = []
  const enc = encodeURIComponent
  const count = 1 + Math.floor(rand.next() * 3)
  for (let i = 0; i < count; i++) {
    const kind = rand.pick(['where', 'where', 'whereJson', 'sort', 'sortArray', 'page', 'limit', 'depth', 'deep'])
    const field = rand.pick(fields)
    const op = rand.pick(operators)
    if (kind === 'where') {
      const suffix = rand.pick(['', '[]', '[0]', '[a]', '[0][x]'])
      parts.push(`where[${field}][${op}]${suffix}=${enc(rand.pick(values))}`)
    } else if (kind === 'whereJson') {
      parts.push(`where=${enc(rand.pick(['abc', '1', '[]', 'null', `{"${field}":{"${op}":{}}}`, '{"or":"x"}']))}`)
    } else if (kind === 'sort') parts.push(`sort=${enc(rand.pick(sorts))}`)
    else if (kind === 'sortArray') parts.push(`sort[${rand.pick(['', 'a', '0'])}]=${enc(rand.pick(sorts))}`)
    else if (kind === 'deep') parts.push(`where${'[or][0]'.repeat(8)}[${field}][equals]=1`)
    else parts.push(`${kind}=${enc(rand.pick(numbers))}`)
  }
  return parts.join('&')
}

function junkBody(rand: ReturnType<typeof prng>): unknown {
  const scalar = () => rand.pick<unknown>([null, -1, 1e308, 'x'.repeat(5000), true, [], {}, '1abc', 99999999, 'é'])
  const body: Record<string, unknown> = {}
  for (const field of ['title', 'name', 'slug', 'workshop', 'structure', 'member', 'article', 'event', 'themes', 'id'])
    if (rand.next() < 0.4) body[field] = rand.next() < 0.8 ? scalar() : { nested: [scalar(), { deep: scalar() }] }
  return body
}

/** Fails on a 5xx, naming the request. */
async function noServerError(label: string, response: Promise<APIResponse>) {
  const status = (await response).status()
  expect(status, label).toBeLessThan(500)
  return status
}

async function staffHeaders(request: APIRequestContext) {
  const login = await request.post('/api/users/login', {
    data: { email: 'admin@demo.123digit.be', password: demoPassword },
  })
  expect(login.status()).toBe(200)
  return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
}

test('malformed REST requests get a 4xx, never a 5xx, and loose ids reach no document', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 })
  const admin = await staffHeaders(request)
  const rand = prng(13)

  // Loose ids as an admin: 404, and the category behind "1" is untouched.
  const first = (await (await request.get('/api/categories?limit=1&sort=id', { headers: admin })).json()) as {
    docs: { id: number }[]
  }
  const id = first.docs[0]!.id
  for (const bad of [`${id}abc`, `${id}.0`, `${id}e0`, `${id}%3Bdrop`, `%20${id}`]) {
    const url = `/api/categories/${bad}`
    expect((await request.delete(url, { headers: admin })).status(), url).toBe(404)
  }
  expect((await request.get(`/api/categories/${id}`, { headers: admin })).status()).toBe(200)

  for (let i = 0; i < 150; i++) {
    const collection = rand.pick(collections)
    const headers = rand.next() < 0.5 ? admin : {}
    const url = `/api/${collection}?${randomQuery(rand)}`
    await noServerError(`GET ${url}`, request.get(url, { headers }))
  }
  for (let i = 0; i < 60; i++) {
    const collection = rand.pick(collections)
    const bad = rand.pick(badIds)
    const method = rand.pick(['get', 'patch', 'delete'] as const)
    const url = `/api/${collection}/${bad}`
    const status = await noServerError(
      `${method} ${url}`,
      request[method](url, { headers: admin, ...(method === 'patch' ? { data: junkBody(rand) } : {}) }),
    )
    expect(status, `${method} ${url}`).not.toBe(200)
  }
  // Junk bodies: anonymous on every collection; as an admin only where nothing is shown on public pages (the
  // other tests run beside this one on the same database), and whatever happens to be valid is removed.
  for (let i = 0; i < 60; i++) {
    const asAdmin = rand.next() < 0.5
    const collection = asAdmin ? rand.pick(unlisted) : rand.pick(collections)
    const response = request.post(`/api/${collection}`, { headers: asAdmin ? admin : {}, data: junkBody(rand) })
    const status = await noServerError(`POST ${collection}`, response)
    const created = status === 201 ? ((await (await response).json()) as { doc?: { id?: number } }).doc?.id : null
    if (created) await request.delete(`/api/${collection}/${created}`, { headers: admin })
  }
  // Relations to documents that do not exist, as staff: a 400, not a database error.
  await noServerError(
    'comment on a missing article',
    request.post('/api/comments', {
      headers: admin,
      data: { article: 99_999_999, name: 'x', email: 'x@example.com', body: 'x', language: 'fr', status: 'pending' },
    }),
  )
  const raw = (method: 'post' | 'patch', url: string, contentType: string, body: string | Buffer) =>
    noServerError(
      `${method} ${url} ${contentType}`,
      request[method](url, { headers: { 'content-type': contentType }, data: body }),
    )
  await raw('post', '/api/users/login', 'multipart/form-data', 'abc')
  await raw('post', '/api/members/login', 'multipart/form-data; boundary=x', '--x\r\nbroken')
  await raw('post', '/api/users/login', 'application/json', '{abc')
  await raw('post', '/api/users/login', 'application/x-www-form-urlencoded', 'email=%&password=%')
  const big = JSON.stringify({ email: 'x'.repeat(1_500_000) })
  expect(await raw('post', '/api/users/login', 'application/json', big)).toBe(413)
  expect(await raw('post', '/api/categories', 'application/json', big)).toBe(413)

  await request.dispose()
})

test('a member’s writes with bodies of the wrong shape or type get a 4xx with a message, and change nothing', async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL })
  const login = await request.post('/api/members/login', {
    data: { email: 'aidant@demo.123digit.be', password: 'Demo-123digit!' },
  })
  const { token, user } = (await login.json()) as { token: string; user: { id: number; email: string } }
  const auth = { Authorization: `JWT ${token}` }
  const send = (method: 'post' | 'patch', url: string, body: string, contentType = 'application/json') =>
    request[method](url, { headers: { ...auth, 'content-type': contentType }, data: body })
  const cases: [string, ReturnType<typeof send>, number][] = [
    ['e-mail as a number', send('patch', `/api/members/${user.id}`, '{"email":5}'), 400],
    ['username as an object', send('patch', `/api/members/${user.id}`, '{"username":{"a":1}}'), 400],
    ['e-mail as a list', send('patch', `/api/members/${user.id}`, '{"email":["a@b.be"]}'), 400],
    ['a null body', send('patch', `/api/members/${user.id}`, 'null'), 400],
    ['a string body', send('post', '/api/reports', '"x"'), 400],
    ['a list body', send('post', '/api/reports', '[]'), 400],
    ['a form body', send('post', '/api/reports', 'a=b', 'application/x-www-form-urlencoded'), 415],
    ['a text body', send('patch', `/api/members/${user.id}`, 'email=x', 'text/plain'), 415],
  ]
  for (const [what, response, status] of cases) {
    const answer = await response
    expect(answer.status(), what).toBe(status)
    expect(((await answer.json()) as { errors: { message: string }[] }).errors[0]!.message, what).toBeTruthy()
  }
  // Dates that are no dates in a filter: a 400, not a database error.
  for (const url of [
    '/api/modules?where[createdAt][greater_than]=notadate',
    '/api/articles?where[publishedAt][less_than]=x',
  ])
    expect((await request.get(url)).status(), url).toBe(400)
  const me = (await (await request.get('/api/members/me', { headers: auth })).json()) as { user: { email: string } }
  expect(me.user.email).toBe(user.email)
  await request.dispose()
})

test('pages with bad encodings or unknown views get a 4xx, and nothing new is cached', async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 })
  const rand = prng(1313)
  const pages = ['/fr/parcours/', '/fr/structures/', '/fr/modules/', '/nl/leertrajecten/', '/fr/media/', '/fr/']
  const tails = ['%', '%ff%fe', '%E0%A4%A', '%%', '%zz', 'a%', '%C3%28', 'x%2', '%00', 'x'.repeat(300)]
  for (let i = 0; i < 60; i++) {
    const url = rand.pick(pages) + rand.pick(tails)
    const status = await noServerError(`GET ${url}`, request.get(url))
    expect(status, url).toBeGreaterThanOrEqual(400)
  }
  for (let i = 0; i < 40; i++) {
    const theme = rand.pick(['zzz-nope', 'a'.repeat(96), 'email,zzz', '%', 'Theme', '-'])
    const page = rand.pick(['2', '9999', '10000', '-1', 'abc', '1e3'])
    const url = `/fr/catalogue?theme=${encodeURIComponent(theme)}&page=${page}`
    await noServerError(`GET ${url}`, request.get(url))
  }
  // Unknown themes, pages beyond the results and unknown slugs are 404s.
  for (const url of [
    '/fr/catalogue?theme=zzz-nope',
    '/fr/catalogue?page=9999',
    '/nl/catalogus?page=500',
    '/fr/catalogue/v/zzz-nope_all_1',
    '/fr/catalogue/v/garbage',
    '/fr/modules/zzz-nope',
    '/fr/parcours/zzz-nope',
  ])
    expect((await request.get(url)).status(), url).toBe(404)
  expect((await request.get('/fr/catalogue')).status()).toBe(200)

  // Next stores every page-cache entry under .next/server/route-cache: none for the unknown views above.
  const cached = readdirDeep(path.join(process.cwd(), '.next/server/route-cache'))
  expect(cached.filter((f) => /zzz-nope|_9999|_500|garbage/.test(f))).toEqual([])
  await request.dispose()
})

function readdirDeep(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true }).map(String)
  } catch {
    return []
  }
}

test('server actions with tampered arguments or oversized bodies get a 4xx', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL, maxRedirects: 0 })
  const rand = prng(131313)
  // The action ids of this build (they change with every build).
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName: string }> }
  const actions = Object.entries(manifest.node).filter(([, a]) =>
    ['commentAction', 'registerAction', 'contactAction', 'subscribeAction', 'joinWorkshopAction'].includes(
      a.exportedName,
    ),
  )
  expect(actions.length).toBeGreaterThan(0)
  const args = () =>
    JSON.stringify(
      rand.pick([
        ['fr', 99_999_999, null, {}],
        ['xx', -1],
        ['fr', '1abc', { formData: 1 }],
        [{}, [], 'x'.repeat(2000)],
        [],
        'not-a-list',
      ]),
    )
  for (let i = 0; i < 30; i++) {
    const [id, action] = rand.pick(actions)
    await noServerError(
      `${action.exportedName}`,
      request.post('/fr/contact', {
        headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' },
        data: args(),
      }),
    )
  }
  const [id] = actions[0]!
  const oversized = await request.post('/fr/contact', {
    headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' },
    data: 'a'.repeat(1_500_000),
  })
  expect(oversized.status()).toBe(413)

  // Still answering.
  expect((await request.get('/fr')).status()).toBe(200)
  expect((await request.get('/api/modules?limit=1')).status()).toBe(200)
  await request.dispose()
})
