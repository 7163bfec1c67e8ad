/** A badge's public id as URLs carry it: a random (version 4) UUID, lower-case. Anything else is no badge. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export function badgePublicId(value: unknown): string | null {
  return typeof value === 'string' && uuid.test(value) ? value : null
}
