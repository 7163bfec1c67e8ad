import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import { formatMessage } from '@/lib/i18n/format'
import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )
}

/** Every placeholder of a message gets a value; numbers for plurals, so each branch can be reached. */
function samples(template: string): Record<string, string | number>[] {
  const names = [...template.matchAll(/\{\s*(\w+)\s*(,\s*plural)?/g)].map((m) => [m[1]!, Boolean(m[2])] as const)
  return [0, 1, 2, 7].map((n) =>
    Object.fromEntries(names.map(([name, isPlural]) => [name, isPlural ? n : n === 1 ? 'Léa' : n])),
  )
}

describe('the player’s small message formatter', () => {
  for (const [locale, messages] of [
    ['fr', fr],
    ['nl', nl],
  ] as const) {
    it.each(['formation', 'diagnostic', 'error'] as const)(
      `formats every %s message of ${locale} exactly like next-intl`,
      (namespace) => {
        const t = createTranslator({ locale, messages: messages as unknown as Tree, namespace })
        for (const [key, template] of leaves(messages[namespace] as unknown as Tree)) {
          for (const values of samples(template))
            expect(formatMessage(template, values, locale), `${locale} ${namespace}.${key}`).toBe(
              t(key as never, values as never),
            )
        }
      },
    )
  }

  it('leaves text without placeholders alone and keeps an unknown placeholder visible', () => {
    expect(formatMessage('Bonjour', {}, 'fr')).toBe('Bonjour')
    expect(formatMessage('Bonjour {name}', {}, 'fr')).toBe('Bonjour {name}')
  })
})
