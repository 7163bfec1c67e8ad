import { AuthenticationError, Forbidden, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { isPayloadError } from '@/lib/payload/isPayloadError'

/** The same error class as another bundle's copy of Payload defines it: same name, another constructor. */
class ForeignAuthenticationError extends Error {
  constructor() {
    super('foreign')
    this.name = 'AuthenticationError'
  }
}

describe('Payload errors told apart across bundles', () => {
  it('knows our own copy of a class', () => {
    expect(isPayloadError(new AuthenticationError(), AuthenticationError)).toBe(true)
    expect(isPayloadError(new Forbidden(), ValidationError)).toBe(false)
  })

  it('knows another bundle’s copy by its name, and nothing else', () => {
    expect(isPayloadError(new ForeignAuthenticationError(), AuthenticationError)).toBe(true)
    expect(isPayloadError(new ForeignAuthenticationError(), Forbidden)).toBe(false)
    expect(isPayloadError({ name: 'AuthenticationError' }, AuthenticationError)).toBe(false)
  })
})
