import type { DomainError } from '@/lib/errors'

/**
 * What a use case returns: its value, or the domain error that refused it. Refusals are values, not throws, so
 * the type says which ones a caller must handle; a throw is a real fault (the database is down…) and is logged.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error })
