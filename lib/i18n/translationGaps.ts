import type { Field } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

/**
 * Which texts of a document exist in one language and not the other, field by field. Paths name array and
 * block rows by their id ("steps.64f…a1.title"), which every language shares, so a page can mark the very
 * text it shows in the other language. Pure: tested in tests/unit/translation-gaps.test.ts.
 */
export type TranslationGaps = Partial<Record<Locale, string[]>>
export type TranslationStatus = 'complete' | 'missing-nl' | 'missing-fr' | 'missing-both'

type Doc = Record<string, unknown>

/** The localized values of one language's document, by path. */
export function localizedValues(fields: readonly Field[], doc: unknown, prefix = ''): Map<string, unknown> {
  const values = new Map<string, unknown>()
  const record = (doc && typeof doc === 'object' ? doc : {}) as Doc
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      // Rows, collapsibles and unnamed tabs only lay out their fields.
      if ('fields' in field) merge(values, localizedValues(field.fields, record, prefix))
      if (field.type === 'tabs')
        for (const tab of field.tabs)
          merge(
            values,
            'name' in tab && tab.name
              ? localizedValues(tab.fields, record[tab.name], `${prefix}${tab.name}.`)
              : localizedValues(tab.fields, record, prefix),
          )
      continue
    }
    const path = `${prefix}${field.name}`
    const value = record[field.name]
    if ('localized' in field && field.localized) values.set(path, value)
    else if (field.type === 'group') merge(values, localizedValues(field.fields, value, `${path}.`))
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((row: Doc, index) =>
        merge(values, localizedValues(field.fields, row, `${path}.${rowKey(row, index)}.`)),
      )
    else if (field.type === 'blocks' && Array.isArray(value))
      value.forEach((row: Doc, index) => {
        const block = field.blocks.find((b) => b.slug === row?.blockType)
        if (block) merge(values, localizedValues(block.fields, row, `${path}.${rowKey(row, index)}.`))
      })
  }
  return values
}

const rowKey = (row: Doc, index: number) =>
  typeof row?.id === 'string' || typeof row?.id === 'number' ? row.id : index

function merge(into: Map<string, unknown>, from: Map<string, unknown>) {
  for (const [key, value] of from) into.set(key, value)
}

/** Whether a value holds some text: a string, a list with one, or Lexical rich text with a word in it. */
export function filled(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number' || typeof value === 'boolean') return true
  if (Array.isArray(value)) return value.some(filled)
  if (typeof value === 'object') {
    const node = value as Doc
    if ('root' in node) return filled(node.root)
    if (typeof node.text === 'string') return node.text.trim() !== ''
    if (Array.isArray(node.children)) return node.children.some(filled)
    return Object.entries(node).some(([key, v]) => key !== 'id' && filled(v))
  }
  return false
}

/** For each language, the paths whose text only the other language has. */
export function translationGaps(values: Record<Locale, Map<string, unknown>>): TranslationGaps {
  const paths = new Set(locales.flatMap((locale) => [...values[locale].keys()]))
  const gaps: TranslationGaps = {}
  for (const locale of locales) {
    const missing = [...paths].filter(
      (path) => !filled(values[locale].get(path)) && locales.some((other) => filled(values[other].get(path))),
    )
    if (missing.length) gaps[locale] = missing
  }
  return gaps
}

export function translationStatus(gaps: TranslationGaps): TranslationStatus {
  if (gaps.fr?.length && gaps.nl?.length) return 'missing-both'
  if (gaps.nl?.length) return 'missing-nl'
  if (gaps.fr?.length) return 'missing-fr'
  return 'complete'
}

/**
 * The language a text on a page is really in: the page's, or the other one when Payload fell back to it.
 * Undefined when it is the page's own (no `lang` attribute needed).
 */
export function fallbackLang(
  doc: { translationGaps?: unknown } | null | undefined,
  locale: Locale,
  path: string,
): Locale | undefined {
  const gaps = (doc?.translationGaps ?? {}) as TranslationGaps
  if (!gaps[locale]?.includes(path)) return undefined
  return locales.find((other) => other !== locale && !gaps[other]?.includes(path))
}

/** The same, for a group of texts: the other language when any text under this path prefix fell back to it. */
export function fallbackLangUnder(
  doc: { translationGaps?: unknown } | null | undefined,
  locale: Locale,
  prefix: string,
): Locale | undefined {
  const gaps = (doc?.translationGaps ?? {}) as TranslationGaps
  const path = gaps[locale]?.find((p) => p.startsWith(prefix))
  return path ? fallbackLang(doc, locale, path) : undefined
}

/** Whether a page in this language shows some text of this document in the other language. */
export function hasFallback(doc: { translationGaps?: unknown } | null | undefined, locale: Locale): boolean {
  return Boolean(((doc?.translationGaps ?? {}) as TranslationGaps)[locale]?.length)
}
