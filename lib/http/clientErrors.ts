import type { AfterErrorHook } from 'payload'

/**
 * Database errors caused by what the client sent, told apart from real server faults by their code (never by
 * class name: production builds minify those). Used by the REST afterError hook below and by server actions
 * that turn them into a 400 instead of an uncaught 500.
 */
export type ClientFault = { status: 400 | 409; message: string }

function codesOf(error: unknown): string[] {
  const codes: string[] = []
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown }
    if (typeof code === 'string') codes.push(code)
    if (typeof name === 'string') codes.push(name)
    if (typeof message === 'string') codes.push(message)
    e = (e as { cause?: unknown }).cause
  }
  return codes
}

export function clientFault(error: unknown, method = 'GET'): ClientFault | null {
  const codes = codesOf(error)
  const has = (pattern: RegExp) => codes.some((c) => pattern.test(c))
  const deleting = method.toUpperCase() === 'DELETE'
  // SQLite: a relation to a document that does not exist, or a delete that other documents still need.
  if (has(/SQLITE_CONSTRAINT_FOREIGNKEY|FOREIGN KEY constraint failed/))
    return deleting
      ? { status: 409, message: 'Other documents still refer to this one.' }
      : { status: 400, message: 'A relation refers to a document that does not exist.' }
  if (deleting && has(/SQLITE_CONSTRAINT_NOTNULL/))
    return { status: 409, message: 'Other documents still refer to this one.' }
  // A multipart body that ends or breaks mid-way (busboy, which Payload parses uploads with).
  if (has(/^(Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found)$/))
    return { status: 400, message: 'Malformed multipart body.' }
  // A value of the wrong type reached the query (SQLite), or an id/value MongoDB cannot cast.
  // "undefined cannot be passed…": a `where` value Payload could not read as its field's type (a date, "x").
  if (
    has(
      /SQLITE_MISMATCH|datatype mismatch|Only finite numbers|cannot be passed as argument to the database|^CastError$|^BSONError$/,
    )
  )
    return { status: 400, message: 'A value in the request has the wrong type.' }
  return null
}

/** Payload REST: a client fault gets its 4xx and a clear message instead of "Something went wrong" (500). */
export const clientErrorStatus: AfterErrorHook = ({ error, req }) => {
  const fault = clientFault(error, req.method)
  if (!fault) return
  return { status: fault.status, response: { errors: [{ message: fault.message }] } }
}
