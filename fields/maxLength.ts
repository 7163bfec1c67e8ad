import type { PayloadRequest } from 'payload'
import { email, username } from 'payload/shared'

import { lengths } from '@/fields/lengths'

type Result = string | true | Promise<string | true>

/**
 * Payload checks a field's `maxLength` in its own text and textarea validators only: a field given its own
 * `validate` (a web address, a time, an enterprise number…) and every e-mail or username field (Payload's
 * validators for those ignore `maxLength`) would accept any length. This wraps such a validator: the value is
 * first held to `bound`, or else to the field's own `maxLength` (Payload passes the field's settings to
 * `validate`), then the field's validator runs. The wrapped validator keeps its type, so it fits any field.
 */
export function withMaxLength<F extends (value: never, options: never) => Result>(validate: F, bound?: number): F {
  const bounded = (value: unknown, options: { maxLength?: number; req: PayloadRequest }): Result => {
    const maxLength = bound ?? options.maxLength
    const { req } = options
    if (typeof value === 'string' && typeof maxLength === 'number' && value.length > maxLength)
      return req.t('validation:shorterThanMax', { label: req.t('general:value'), maxLength, stringValue: value })
    return validate(value as never, options as never)
  }
  return bounded as unknown as F
}

/**
 * Payload's e-mail check, held to `lengths.email` (Payload's e-mail field has no `maxLength` setting). The site's
 * forms check the same bound (lib/members/validation.ts checkEmail).
 */
export const boundedEmail = withMaxLength(email, lengths.email)

/** Payload's username check (members sign in by username), held to the field's `maxLength`. */
export const boundedUsername = withMaxLength(username)
