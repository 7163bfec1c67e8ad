import { expect } from 'vitest'

import type { DomainErrorKind } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'

/** A use case's refusal as `toEqual` matches it: the kind of domain error and its error keys, exactly. */
export const refused = (kind: DomainErrorKind, fields: FieldErrors) => ({
  ok: false,
  error: expect.objectContaining({ kind, fields }),
})
