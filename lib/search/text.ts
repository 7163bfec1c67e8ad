import { stemmer as dutchStemmer } from '@orama/stemmers/dutch'
import { stemmer as frenchStemmer } from '@orama/stemmers/french'
import { stopwords as dutchStopwords } from '@orama/stopwords/dutch'
import { stopwords as frenchStopwords } from '@orama/stopwords/french'

import type { Locale } from '@/i18n/locales'

/**
 * How words become search terms, the same way for what is indexed and what is typed: lower case, no accents,
 * no elision ("l’adresse" → "adresse"), hyphenated words joined and split ("e-mail" → "email", "mail"), common
 * words dropped, and each word indexed twice: as written (typos are measured on it) and as its stem (plurals
 * and inflections meet there: "factures" and "facture" → "factur"). Pure: unit-tested.
 */

/** Without accents and in lower case: "Sécurité" → "securite". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

// Words people add around what they look for, beyond the libraries' lists.
const extraStopwords: Record<Locale, string[]> = {
  fr: [
    'comment',
    'faire',
    'veux',
    'voudrais',
    'besoin',
    'aide',
    'aider',
    'savoir',
    'peut',
    'puis',
    'quoi',
    'mon',
    'ma',
  ],
  nl: ['hoe', 'wil', 'wilt', 'kan', 'kun', 'mijn', 'hulp', 'helpen', 'moet', 'wat'],
}
const stopwordSets: Record<Locale, Set<string>> = {
  fr: new Set([...frenchStopwords, ...extraStopwords.fr].map(fold)),
  nl: new Set([...dutchStopwords, ...extraStopwords.nl].map(fold)),
}
const stemmers: Record<Locale, (word: string) => string> = { fr: frenchStemmer, nl: dutchStemmer }

const elision = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/
/** A word: letters and digits, with inner hyphens or apostrophes ("tax-on-web", "aujourd’hui"). */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export type Word = { text: string; start: number; end: number }

/** The words of a text with where they are in it (highlighting needs the places). */
export function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
}

/**
 * The written forms a word stands for, folded: "l’e-mail" → ["email", "mail"], "Tax-on-web" → ["taxonweb",
 * "tax", "web"]; parts of one letter or in the stopword list are left out.
 */
export function forms(word: string, locale: Locale): string[] {
  const folded = fold(word).replace(elision, '')
  const parts = folded.split(/['’-]/).filter((part) => part.length > 1 && !stopwordSets[locale].has(part))
  const joined = folded.replace(/['’-]/g, '')
  if (parts.length === 1 && parts[0] === joined) return [joined]
  const all = parts.length > 1 || joined !== parts[0] ? [joined, ...parts] : parts
  return [...new Set(all)].filter((form) => form.length > 1 && !stopwordSets[locale].has(form))
}

export function stem(form: string, locale: Locale): string {
  return /^\d+$/.test(form) ? form : stemmers[locale](form)
}

/** The index terms of one word: each of its forms, and their stems. */
export function termsOf(word: string, locale: Locale): string[] {
  const terms = new Set<string>()
  for (const form of forms(word, locale)) {
    terms.add(form)
    terms.add(stem(form, locale))
  }
  return [...terms]
}

/** The typos tolerated in a form: none under 5 letters, one from 5, two from 9. */
export function typosAllowed(form: string): number {
  return form.length >= 9 ? 2 : form.length >= 5 ? 1 : 0
}
