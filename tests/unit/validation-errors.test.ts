import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepValidationDetails } from '@/lib/http/validationErrors'

const hook = (error: unknown) =>
  keepValidationDetails({ error, req: {} as never, result: undefined, collection: undefined, context: {} } as never)

describe('keepValidationDetails', () => {
  it('keeps the field paths and reasons of a validation error, whatever copy of the class threw it', () => {
    const thrown = new ValidationError({
      collection: 'formations',
      errors: [{ path: 'steps.1.options', message: 'Cochez une bonne réponse.' }],
    })
    // What another bundle's copy of the class throws: same name and shape, another constructor.
    const lookAlike = Object.assign(new Error(thrown.message), { name: thrown.name, status: 400, data: thrown.data })
    for (const error of [thrown, lookAlike]) {
      expect(hook(error)).toEqual({
        status: 400,
        response: {
          errors: [
            {
              name: 'ValidationError',
              message: thrown.message,
              data: expect.objectContaining({
                errors: [expect.objectContaining({ path: 'steps.1.options', message: 'Cochez une bonne réponse.' })],
              }),
            },
          ],
        },
      })
    }
  })

  it('leaves every other error to Payload', () => {
    expect(hook(new Error('boom'))).toBeUndefined()
    expect(hook({ name: 'ValidationError', message: 'not an error', data: { errors: [] } })).toBeUndefined()
    expect(hook(Object.assign(new Error('x'), { name: 'APIError', data: { errors: [] } }))).toBeUndefined()
  })
})
