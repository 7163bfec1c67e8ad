import { describe, expect, it } from 'vitest'

import { actionFormData, actionLocale, actionOneOf, actionText, formId } from '@/lib/http/actionArgs'
import { malformedActionArguments } from '@/lib/http/actionLimit'
import { clientFault } from '@/lib/http/clientErrors'
import { hasMalformedEncoding } from '@/lib/http/encoding'
import { checkRestQuery, maxLimit } from '@/lib/http/restQuery'
import { documentIdIn, isWellFormedId } from '@/lib/http/restIds'

const check = (search: string, points: string[] = []) =>
  checkRestQuery(new URLSearchParams(search), { pointFields: new Set(points), unsupportedOperators: new Set(['all']) })

describe('REST query check', () => {
  it.each([
    'where[title][equals]=Bonjour',
    'where[or][0][title][like]=mail&where[or][1][slug][equals]=x',
    'where[id][in]=1,2&where[id][not_in][]=3&where[id][not_in][]=4',
    'where[theme.slug][exists]=true',
    'where[author][name][equals]=x',
    'where={"title":{"equals":"x"}}',
    'sort=-createdAt,title&page=2&limit=10&depth=1',
    'sort[]=title&sort[]=-createdAt',
    'limit=0',
    'locale=fr&draft=true',
  ])('accepts %s', (search) => {
    expect(check(search).ok).toBe(true)
  })

  it.each([
    ['page=99999999999999999999', 'page'],
    ['page=-1', 'page'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page[]=1', 'page'],
    ['limit=-5', 'limit'],
    ['limit=abc', 'limit'],
    ['depth=abc', 'depth'],
    ['depth=99', 'depth'],
    ['sort=;drop', 'sort'],
    ['sort[a]=b', 'sort'],
    ['where=abc', 'where'],
    ['where=1', 'where'],
    ['where[createdAt][near]=1', 'where'],
    ['where[title][like][]={}', 'where'],
    ['where[title][equals][a]=b', 'where'],
    ['where[title][foo]=1', 'where'],
    ['where[title]=x', 'where'],
    ['where[or]=x', 'where'],
    ['where[title][exists]=maybe', 'where'],
    ['where[id][in][0][x]=1', 'where'],
    ['where[createdAt][all][0]=abc', 'not supported'],
    ['where[a][b][c][d][e][f][g][h][i][j][k][l][m]=1', 'nested'],
    ['data=%7Bx', 'data'],
    ['where[=1', 'Malformed'],
  ])('refuses %s', (search, word) => {
    const result = check(search)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(word)
  })

  it('lets "near" through on a map point only, with coordinates', () => {
    expect(check('where[location][near]=4.8,50.4,1000', ['location']).ok).toBe(true)
    expect(check('where[location][near]=abc', ['location']).ok).toBe(false)
  })

  it(`lowers a huge limit to ${maxLimit}`, () => {
    const result = check('limit=99999999999&where[title][equals]=x')
    expect(result).toEqual({ ok: true, search: `limit=${maxLimit}&where%5Btitle%5D%5Bequals%5D=x` })
  })
})

describe('document ids', () => {
  it.each(['6abc', '6;drop', '6.0', '6e0', ' 6', '0x6', '-1', '0', '06', '99999999999999999999', 'abc', ''])(
    'refuses %j as a SQLite id',
    (id) => expect(isWellFormedId(id, 'number')).toBe(false),
  )
  it('accepts canonical ids', () => {
    expect(isWellFormedId('6', 'number')).toBe(true)
    expect(isWellFormedId('65a1f0c2e4b0a1b2c3d4e5f6', 'objectId')).toBe(true)
    expect(isWellFormedId('6', 'objectId')).toBe(false)
  })

  const paths = ['/:id/send', '/:id/duplicate', '/count', '/versions', '/access/:id?', '/versions/:id', '/me', '/:id']
  it.each([
    [['6abc'], '6abc'],
    [['count'], null],
    [['me'], null],
    [['versions'], null],
    [['versions', 'x'], 'x'],
    [['access'], null],
    [['access', '7'], '7'],
    [['7', 'duplicate'], '7'],
    [['7', 'send'], '7'],
    [['7', 'other'], null],
    [[], null],
  ])('finds the id in %j', (segments, id) => {
    expect(documentIdIn(segments, paths)).toBe(id)
  })
})

describe('percent-encoding', () => {
  it.each(['/fr/parcours/%', '/fr/structures/%ff%fe', '/fr/modules/%E0%A4%A', '/api/%', '/fr/media/%00', '/fr/a%0A'])(
    '%s is malformed',
    (p) => expect(hasMalformedEncoding(p)).toBe(true),
  )
  it.each(['/fr/parcours/%C3%A9t%C3%A9', '/fr/catalogue', '/api/modules/1'])('%s is fine', (p) =>
    expect(hasMalformedEncoding(p)).toBe(false),
  )
})

describe('client faults from the database', () => {
  const libsql = (code: string, message: string) =>
    Object.assign(new Error('Failed query'), { cause: Object.assign(new Error(message), { code }) })
  it('a relation to nothing is a 400 on write and a 409 on delete', () => {
    const error = libsql('SQLITE_CONSTRAINT_FOREIGNKEY', 'FOREIGN KEY constraint failed')
    expect(clientFault(error, 'POST')?.status).toBe(400)
    expect(clientFault(error, 'DELETE')?.status).toBe(409)
  })
  it('a value of the wrong type is a 400', () => {
    const error = Object.assign(new Error('Failed query'), {
      cause: new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments'),
    })
    expect(clientFault(error)?.status).toBe(400)
  })
  it('a query value Payload could not read as its field type (a date "x") is a 400', () => {
    const error = new Error(
      'Failed query: select count(*) from "articles" where "articles"."published_at" < ?\nparams: : undefined cannot be passed as argument to the database',
    )
    expect(clientFault(error)?.status).toBe(400)
  })
  it('anything else stays a server error', () => {
    expect(clientFault(new Error('disk I/O error'))).toBeNull()
    expect(clientFault(libsql('SQLITE_BUSY', 'database is locked'))).toBeNull()
  })
})

describe('server action arguments sent as text', () => {
  it('must be a JSON list', () => {
    expect(malformedActionArguments('text/plain;charset=UTF-8', '["fr",1]')).toBe(false)
    expect(malformedActionArguments('text/plain;charset=UTF-8', '"not-a-list"')).toBe(true)
    expect(malformedActionArguments('text/plain;charset=UTF-8', '{')).toBe(true)
    expect(malformedActionArguments('multipart/form-data; boundary=x', 'anything')).toBe(false)
  })
  it('a multipart body that breaks off is a 400', () => {
    expect(clientFault(new Error('Unexpected end of form'))?.status).toBe(400)
  })
})

describe('action arguments', () => {
  const notFound = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' }
  const fields = (value: string) => {
    const form = new FormData()
    form.set('id', value)
    return form
  }

  it('reads a canonical id from a form field', () => {
    expect(formId(fields('6'), 'id')).toBe(6)
    expect(formId(fields('9007199254740991'), 'id')).toBe(Number.MAX_SAFE_INTEGER)
  })
  it.each(['6abc', '-1', '0', '06', '6.0', '6e0', ' 6', '', '[object Object]', '9007199254740993'])(
    'refuses %j as a form id with a 404',
    (value) => expect(() => formId(fields(value), 'id')).toThrow(expect.objectContaining(notFound)),
  )
  it('refuses a missing form id or a file', () => {
    expect(() => formId(new FormData(), 'id')).toThrow(expect.objectContaining(notFound))
    const form = new FormData()
    form.set('id', new Blob(['6']))
    expect(() => formId(form, 'id')).toThrow(expect.objectContaining(notFound))
  })

  it('accepts one of the known values only', () => {
    expect(actionOneOf('refuse', ['accept', 'refuse'])).toBe('refuse')
    for (const value of ['maybe', 'Accept', '', null, 1, ['accept']])
      expect(() => actionOneOf(value, ['accept', 'refuse'])).toThrow(expect.objectContaining(notFound))
  })

  it('checks a locale, a form and a text', () => {
    expect(actionLocale('nl')).toBe('nl')
    expect(() => actionLocale('en')).toThrow(expect.objectContaining(notFound))
    const form = new FormData()
    expect(actionFormData(form)).toBe(form)
    expect(() => actionFormData({ get: () => null })).toThrow(expect.objectContaining(notFound))
    expect(actionText('a-token')).toBe('a-token')
    expect(() => actionText({})).toThrow(expect.objectContaining(notFound))
    expect(() => actionText('x'.repeat(501))).toThrow(expect.objectContaining(notFound))
  })
})
