import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

import { codeAlphabet, normalizeCode } from './code'

/**
 * A participant's personal code (docs/adr/0022): 10 characters from the workshop codes' alphabet without
 * look-alikes (25^10 ≈ 9.5 × 10^13, about 46 bits), so it reads like a workshop code but can never be one
 * (those have 6). Stored twice, never in clear: a keyed hash to find the participant, and a sealed copy to
 * print the card again. Both keys come from PAYLOAD_SECRET, so a copy of the database alone opens nothing.
 */
export const personalCodeLength = 10

export function newPersonalCode(random: (max: number) => number): string {
  return Array.from({ length: personalCodeLength }, () => codeAlphabet[random(codeAlphabet.length)]).join('')
}

export function isWellFormedPersonalCode(code: string): boolean {
  return code.length === personalCodeLength && [...code].every((c) => codeAlphabet.includes(c))
}

/** Whether what was typed (normalized) is meant as a personal code rather than a workshop code: its length. */
export const looksLikePersonalCode = (input: string) => normalizeCode(input).length === personalCodeLength

/** Shown and printed in groups of four, easier to copy: "K7QM-3XP9-RT". */
export function displayPersonalCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}

function key(purpose: string): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return Buffer.from(hkdfSync('sha256', secret, '123digit', `personal-code:${purpose}`, 32))
}

/** The lookup value: HMAC-SHA256 of the normalized code (the same code always gives the same hash). */
export function personalCodeHash(code: string): string {
  return createHmac('sha256', key('lookup')).update(code).digest('base64url')
}

/** The code encrypted with AES-256-GCM (random IV, authenticated), to show it again on the card. */
export function sealPersonalCode(code: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key('seal'), iv)
  const body = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.')
}

/** The code a sealed value holds, or null when it was damaged or sealed under another secret. */
export function openPersonalCode(sealed: string | null | undefined): string | null {
  const [iv, tag, body] = (sealed ?? '').split('.').map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key('seal'), iv)
    decipher.setAuthTag(tag)
    const code = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
    return isWellFormedPersonalCode(code) ? code : null
  } catch {
    // A wrong tag is what a damaged value or a changed PAYLOAD_SECRET looks like: no code to show.
    return null
  }
}
