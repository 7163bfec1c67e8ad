import { createHash, randomBytes, randomInt } from 'node:crypto'

/** An unguessable token for a link sent by e-mail (256 bits). Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Letters and digits that cannot be mistaken for one another when read aloud or copied from a screen. */
const readable = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A temporary password an aidant reads out to an apprenant: 3 groups of 4, e.g. "k7mp-2xqa-9rtd". */
export function temporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => readable[randomInt(readable.length)]).join('')
  return [group(), group(), group()].join('-')
}
