/**
 * Checks of our own writing, run by tests over messages/ and the seed's prose (README, "Language").
 *
 * French: a non-breaking space (U+00A0, or the narrow U+202F) before : ; ? ! and inside « », so a line never
 * starts with a lone sign. A colon glued to digits or a scheme (9:00, https:) is not punctuation.
 */
export function frenchTypographyFaults(text: string): string[] {
  const faults: { at: number; text: string }[] = []
  for (const match of text.matchAll(/ [:;?!»]|« /g)) faults.push({ at: match.index, text: match[0] })
  // No space at all: "Vraiment?", "Adresse: rue", «Photos».
  for (const match of text.matchAll(/[\p{L}\p{N})][;?!](?=[\s"”»)}]|$)/gu))
    faults.push({ at: match.index, text: match[0] })
  for (const match of text.matchAll(/\p{L}:(?=\s|$)/gu)) faults.push({ at: match.index, text: match[0] })
  for (const match of text.matchAll(/«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»/g))
    faults.push({ at: match.index, text: match[0] })
  return faults.sort((a, b) => a.at - b.at).map((fault) => `"${fault.text}"`)
}

/**
 * Dutch: the platform says "je" to everyone (README, "Language"). The formal "u", "uw", "uzelf" are found as
 * words, except an hour ("9 u") or a letter quoted as such ("u").
 */
export function formalDutchWords(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}"'“‘’])(?<!\d )(uzelf|uw|u)(?![\p{L}\p{N}"'”’])/giu)].map((m) => m[0])
}

/**
 * Puts the spaces French wants, where `frenchTypographyFaults` finds them missing: U+00A0 before ":" and inside
 * « », the narrow U+202F before ; ? !. Used to clean prose we write (the seed's), never on code or URLs.
 */
export function fixFrenchTypography(text: string): string {
  return text
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;?!])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/([\p{L}\p{N})])([;?!])(?=[\s"”»)}]|$)/gu, '$1\u202f$2')
    .replace(/(\p{L}):(?=\s|$)/gu, '$1\u00a0:')
    .replace(/«(?=[^\s\u00a0\u202f])/g, '«\u00a0')
    .replace(/([^\s\u00a0\u202f])»/g, '$1\u00a0»')
}
