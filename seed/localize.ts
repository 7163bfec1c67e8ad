import type { L, LL } from './types'

export type Lang = 'fr' | 'nl'

export const pick = (value: L, lang: Lang) => value[lang]

/** A list of short texts as the { text } rows of a textListField. */
export const rows = (values: LL, lang: Lang) => values[lang].map((text) => ({ text }))
