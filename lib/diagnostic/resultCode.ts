const readable = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A short code to come back to a result without an account: 8 characters without look-alikes, "K7MP-2XQA". */
export function resultCode(random: (max: number) => number): string {
  const chars = Array.from({ length: 8 }, () => readable[random(readable.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

/** A code as someone typed it (lower case, spaces, no dash) in the stored form. */
export function normalizeCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return raw.length === 8 ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw
}

/** The id our pages give a submission (a UUID): a second submission with it returns the first result. */
export const isSubmissionId = (value: unknown): value is string =>
  typeof value === 'string' && /^[\w-]{8,64}$/.test(value)
