import type { DomainError, DomainErrorKind } from '@/lib/errors'

type Status = 400 | 403 | 404 | 409 | 503

const statuses: Record<DomainErrorKind, Status> = {
  invalid: 400,
  'not-allowed': 403,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
}

/** The HTTP status of a domain error: the one place route handlers get it from. */
export function errorStatus(error: DomainError): Status {
  return statuses[error.kind]
}

/** A route handler's JSON answer to a refusal, in Payload's error shape (`{ errors: [{ message }] }`). */
export function errorResponse(error: DomainError): Response {
  return Response.json({ errors: [{ message: error.message, fields: error.fields }] }, { status: errorStatus(error) })
}
