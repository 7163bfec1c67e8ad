/**
 * French "de" before a place name: "d’Anvers", "d’Ixelles", "d’Écaussinnes", but "de Huy", "de Hasselt"
 * (an h in Belgian and northern French place names is aspirated or Germanic, so "de" stays), "du Rœulx",
 * "des Bons Villers" (the article of "Le …"/"Les …" contracts), "de La Louvière", "de 5000 Namur".
 * Pure: every French message with "de {place}" receives the result as `{ofPlace}`; Dutch needs nothing.
 */

// Mute-h names we know of (the exceptions: most h-names of the territory keep "de"). Keys as foldName gives.
const MUTE_H = new Set(['hellemmes', 'henin beaumont', 'herouville st clair', 'hyeres'])

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(saint|sainte)\b/g, 'st')

/** True when French writes "d’" before this name. */
export function elidesDe(name: string): boolean {
  const key = fold(name)
  const first = key[0]
  if (!first) return false
  if ('aeiou'.includes(first)) return true
  // "Ypres", "Yvoir": a y before a consonant is a vowel; "Yutz" has a consonant y.
  if (first === 'y') return !'aeiou'.includes(key[1] ?? 'a')
  if (first === 'h') return [...MUTE_H].some((word) => key === word || key.startsWith(`${word} `))
  return false
}

/** "de" or "d’" and the name, with "Le …" and "Les …" contracted ("du Rœulx", "des Bons Villers"). */
export function frenchOf(name: string): string {
  const trimmed = name.trim()
  // An area's label ("Province de Namur", "Région wallonne", "Département du Nord") takes its article.
  const area = trimmed.match(/^(Province|Région|Département)\s+(.*)$/)
  if (area)
    return area[1] === 'Département'
      ? `du département ${area[2]}`
      : `de la ${area[1] === 'Province' ? 'province' : 'Région'} ${area[2]}`
  const article = trimmed.match(/^(Le|Les)\s+(.*)$/)
  if (article) return `${article[1] === 'Le' ? 'du' : 'des'} ${article[2]}`
  return elidesDe(trimmed) ? `d’${trimmed}` : `de ${trimmed}`
}

/** The arguments of a message saying "de {place}": {place} for Dutch, {ofPlace} ("d’Anvers") for French. */
export const placeArgs = (place: string) => ({ place, ofPlace: frenchOf(place) })
