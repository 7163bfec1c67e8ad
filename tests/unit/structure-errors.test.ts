import { Forbidden, NotFound, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { formErrorsOf } from '@/lib/structures/errors'

describe('formErrorsOf: a refused write as form errors', () => {
  it('the access layer’s refusal is "not allowed"; a validation error lands on its field', () => {
    expect(formErrorsOf(new Forbidden(), ['name'])).toEqual({ form: 'notAllowed' })
    expect(formErrorsOf(new NotFound(), ['name'])).toEqual({ form: 'notAllowed' })
    const invalid = new ValidationError({
      errors: [
        { path: 'email', message: 'x' },
        { path: 'name', message: 'x' },
        { path: 'slug', message: 'x' },
      ],
    })
    expect(formErrorsOf(invalid, ['email', 'name'])).toEqual({ email: 'email', name: 'rejected', form: 'rejected' })
  })

  it('anything else is not the visitor’s doing: left to the caller', () => {
    expect(formErrorsOf(new Error('database is locked'), ['name'])).toBeNull()
  })
})
