/** Only local paths are followed after sign-in: never an open redirect to another site. Pure: unit-tested. */
export function safeReturnPath(value: unknown): string | null {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && value.length < 500 ? value : null
}
