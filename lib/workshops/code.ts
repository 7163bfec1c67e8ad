/**
 * Workshop access codes: 6 characters a learner can read aloud and type on a phone. Look-alikes are left out
 * (0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code read from a projector or a printed sheet is typed right.
 */
export const codeAlphabet = 'ACDEFGHJKMNPQRTUVWXY34679'
export const codeLength = 6

export function newCode(random: (max: number) => number): string {
  return Array.from({ length: codeLength }, () => codeAlphabet[random(codeAlphabet.length)]).join('')
}

/** What the learner typed, as stored: upper case, without spaces or dashes ("k7m p2q" → "K7MP2Q"). */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s.-]/g, '')
}

/** Shown and printed in two halves, easier to read aloud: "K7M P2Q". */
export function displayCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`
}

export function isWellFormedCode(code: string): boolean {
  return code.length === codeLength && [...code].every((c) => codeAlphabet.includes(c))
}
