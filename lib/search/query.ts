import type { Locale } from '@/i18n/locales'
import { forms, stem, termsOf, typosAllowed, words } from './text'

/**
 * What someone typed, as a MiniSearch query tree: each word is any of its terms (its forms and stems); a word
 * or a run of words that belongs to a synonym group is any member of that group ("courriel" → courriel, e-mail,
 * mail; "téléphone portable" → GSM, smartphone, …). Pure: unit-tested.
 */
export type QueryNode =
  | string
  | { combineWith: 'AND' | 'OR'; queries: QueryNode[]; fuzzy?: number | false; prefix?: boolean }

/** A synonym group, each member as the stems of its words: "téléphone portable" → ["telephon", "portabl"]. */
export type SynonymGroup = { members: string[]; keys: string[][] }

/** The word's key for synonym matching: the stem of its joined form ("e-mails" → "email"). */
function keyOf(word: string, locale: Locale): string | null {
  const [joined] = forms(word, locale)
  return joined ? stem(joined, locale) : null
}

export function synonymGroup(members: string[], locale: Locale): SynonymGroup | null {
  const cleaned = [...new Set(members.map((m) => m.trim()).filter(Boolean))]
  const keys = cleaned.map((member) =>
    words(member).flatMap((w) => {
      const key = keyOf(w.text, locale)
      return key ? [key] : []
    }),
  )
  const usable = cleaned.flatMap((member, i) => (keys[i]!.length ? [{ member, key: keys[i]! }] : []))
  return usable.length > 1 ? { members: usable.map((u) => u.member), keys: usable.map((u) => u.key) } : null
}

const any = (queries: QueryNode[]): QueryNode => (queries.length === 1 ? queries[0]! : { combineWith: 'OR', queries })
const all = (queries: QueryNode[]): QueryNode => (queries.length === 1 ? queries[0]! : { combineWith: 'AND', queries })

function wordNode(word: string, locale: Locale): QueryNode | null {
  const written = forms(word, locale)
  if (!written.length) return null
  const stems = termsOf(word, locale).filter((term) => !written.includes(term))
  const queries: QueryNode[] = [...written]
  // Typos are measured on the word as written: a stem ("vitem") one letter from a short word ("vite") is not
  // a typo of it. Stems match as they are, or as the start of a longer word ("factur" → "facturation").
  if (stems.length) queries.push({ combineWith: 'OR', queries: stems, fuzzy: false })
  const [joined] = written
  const typos = typosAllowed(joined!)
  // Two letters swapped is one typo to the person typing, two edits to Levenshtein: each swap is tried as
  // written, with the typos left.
  if (typos && joined!.length <= 20)
    queries.push({ combineWith: 'OR', queries: swaps(joined!), fuzzy: typos > 1 ? typos - 1 : false, prefix: false })
  return any(queries)
}

/** The word with each pair of neighbouring letters swapped: "tabelt" → "atbelt", "tbaelt", …, "tablet". */
export function swaps(word: string): string[] {
  const variants = new Set<string>()
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  return [...variants]
}

function memberNode(member: string, locale: Locale): QueryNode | null {
  const nodes = words(member).flatMap((w) => wordNode(w.text, locale) ?? [])
  return nodes.length ? all(nodes) : null
}

export type ParsedQuery = {
  /** One node per need: a word, or a run of words that a synonym group covers. */
  parts: QueryNode[]
  /** The words typed (without common words), for "did you mean". */
  words: string[]
}

/** Beyond these, a query is not a need but a paste: the rest is ignored (each word costs fuzzy lookups). */
const maxQueryWords = 10
const maxWordLength = 40

export function parseQuery(text: string, locale: Locale, groups: SynonymGroup[]): ParsedQuery {
  const typed = words(text)
    .map((w) => w.text.slice(0, maxWordLength))
    .filter((w) => keyOf(w, locale) !== null)
    .slice(0, maxQueryWords)
  const keys = typed.map((w) => keyOf(w, locale)!)
  const parts: QueryNode[] = []
  for (let i = 0; i < typed.length; ) {
    const match = longestSynonymAt(keys, i, groups)
    if (match) {
      const members = match.group.members.flatMap((m) => memberNode(m, locale) ?? [])
      // The words as typed count too: a typo in them still finds what they name.
      const typedRun = all(typed.slice(i, i + match.length).flatMap((w) => wordNode(w, locale) ?? []))
      parts.push(any([typedRun, ...members]))
      i += match.length
    } else {
      const node = wordNode(typed[i]!, locale)
      if (node) parts.push(node)
      i += 1
    }
  }
  return { parts, words: typed }
}

function longestSynonymAt(keys: string[], at: number, groups: SynonymGroup[]) {
  let best: { group: SynonymGroup; length: number } | null = null
  for (const group of groups)
    for (const key of group.keys)
      if (key.length > (best?.length ?? 0) && key.every((k, j) => keys[at + j] === k))
        best = { group, length: key.length }
  return best
}
