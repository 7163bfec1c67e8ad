import { Forbidden, NotFound, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { refusalOf } from '@/lib/payload/errors'
import { resultOf } from '@/lib/payload/resultOf'

const fieldsOf = (error: unknown, fields: string[]) => refusalOf(error, fields)?.fields ?? null

describe('refusalOf: a write Payload refused, as a domain error', () => {
  it('the access layer’s refusal is "not allowed"; a validation error lands on its field', () => {
    expect(fieldsOf(new Forbidden(), ['name'])).toEqual({ form: 'notAllowed' })
    expect(fieldsOf(new NotFound(), ['name'])).toEqual({ form: 'notAllowed' })
    const invalid = new ValidationError({
      errors: [
        { path: 'email', message: 'x' },
        { path: 'name', message: 'x' },
        { path: 'slug', message: 'x' },
      ],
    })
    expect(fieldsOf(invalid, ['email', 'name'])).toEqual({ email: 'email', name: 'rejected', form: 'rejected' })
  })

  it('a database constraint the client caused is a 4xx refusal, not a fault', () => {
    const missing = Object.assign(new Error('FOREIGN KEY constraint failed'), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })
    expect(refusalOf(missing, ['name'])?.kind).toBe('invalid')
    expect(refusalOf(new Forbidden(), ['name'])?.kind).toBe('not-allowed')
  })

  it('anything else is not the visitor’s doing: left to the caller', () => {
    expect(fieldsOf(new Error('database is locked'), ['name'])).toBeNull()
  })
})

describe('resultOf: a write as a use case’s result', () => {
  it('a refused write is a failed result; a fault is thrown, never turned into a refusal', async () => {
    expect(await resultOf(Promise.resolve(7))).toEqual({ ok: true, value: 7 })
    const refused = await resultOf(Promise.reject(new Forbidden()))
    expect(refused.ok ? null : refused.error.kind).toBe('not-allowed')
    await expect(resultOf(Promise.reject(new Error('database is locked')))).rejects.toThrow('database is locked')
  })
})
