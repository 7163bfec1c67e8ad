import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'

import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )
}

/** Names of the ICU arguments of a message, including those nested in plural branches. */
function argumentNames(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.argument || el.type === TYPE.number) return [el.value]
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      return [el.value, ...Object.values(el.options).flatMap((option) => argumentNames(option.value))]
    }
    return []
  })
}

describe('UI messages', () => {
  const frFlat = flatten(fr as Tree)
  const nlFlat = flatten(nl as Tree)

  it('have the same keys in French and Dutch', () => {
    expect(Object.keys(nlFlat).sort()).toEqual(Object.keys(frFlat).sort())
  })

  it('have no empty text', () => {
    expect(Object.entries({ ...frFlat }).filter(([, v]) => !v.trim())).toEqual([])
    expect(Object.entries({ ...nlFlat }).filter(([, v]) => !v.trim())).toEqual([])
  })

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...new Set(argumentNames(parse(s)))].sort()
    // French "de {place}" takes the elided form (lib/text/elision.ts: "d’Anvers", "de Huy") as {ofPlace};
    // Dutch has no elision and says {place}: the one difference allowed.
    const french = (s: string) =>
      placeholders(s).map((name) => name.replace(/^of([A-Z])/, (_, c: string) => c.toLowerCase()))
    const mismatched = Object.keys(frFlat).filter(
      (key) =>
        french(frFlat[key] ?? '')
          .sort()
          .join() !== placeholders(nlFlat[key] ?? '').join(),
    )
    expect(mismatched).toEqual([])
  })
})
