import { describe, expect, it } from 'vitest'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'
import { fixFrenchTypography, frenchTypographyFaults, formalDutchWords } from '@/lib/text/languageQuality'
import { articles, events, faq } from '@/seed/data/media'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  )
}

describe('French typography', () => {
  it('finds a breaking space or no space where French wants a non-breaking one', () => {
    expect(frenchTypographyFaults('Adresse : rue')).toEqual(['" :"'])
    expect(frenchTypographyFaults('Vraiment?')).toEqual(['"t?"'])
    expect(frenchTypographyFaults('« Photos »')).toEqual(['"« "', '" »"'])
    expect(frenchTypographyFaults('Bravo !')).toEqual(['" !"'])
  })

  it('accepts non-breaking spaces, times, links and ICU syntax', () => {
    expect(frenchTypographyFaults('Adresse\u00a0: rue ; «\u00a0Photos\u00a0» ?')).toEqual(['" ;"', '" ?"'])
    expect(frenchTypographyFaults('Adresse\u00a0: de 9:00 à 12:30, https://example.be')).toEqual([])
    expect(frenchTypographyFaults('{count, plural, one {# module\u202f!} other {# modules\u202f!}}')).toEqual([])
  })

  it('is followed by every French UI message', () => {
    const faults = flatten(fr as Tree).flatMap(([key, text]) => frenchTypographyFaults(text).map((f) => `${key}: ${f}`))
    expect(faults).toEqual([])
  })
  it('puts the missing spaces, and only those', () => {
    expect(fixFrenchTypography('Exercice : « Photos » ? Oui! Adresse: rue')).toBe(
      'Exercice\u00a0: «\u00a0Photos\u00a0»\u202f? Oui\u202f! Adresse\u00a0: rue',
    )
    expect(fixFrenchTypography('De 9:00 à 12:30, https://example.be')).toBe('De 9:00 à 12:30, https://example.be')
  })
  it('is followed by the French the seed writes: modules, parcours, resources, articles, FAQ and events', () => {
    const faults = seedSources().flatMap(([file, data]) =>
      texts(data, 'fr')
        .filter((t) => frenchTypographyFaults(t).length)
        .map((t) => `${file}: ${t.slice(0, 60)}`),
    )
    expect(faults).toEqual([])
  })
})

describe('Dutch register', () => {
  it('spots the formal "u" and "uw" but not hours or letters', () => {
    expect(formalDutchWords('Kunt u uw code typen? Uw kaart.')).toEqual(['u', 'uw', 'Uw'])
    expect(formalDutchWords('Open van 9 u tot 12 u. Typ je code, met een "u" erin.')).toEqual([])
  })

  it('every Dutch UI message speaks to the reader as "je"', () => {
    const formal = flatten(nl as Tree).filter(([, text]) => formalDutchWords(text).length)
    expect(formal.map(([key]) => key)).toEqual([])
  })
  it('so does the Dutch the seed writes: modules, parcours, resources, articles, FAQ and events', () => {
    const formal = seedSources().flatMap(([file, data]) =>
      texts(data, 'nl')
        .filter((t) => formalDutchWords(t).length)
        .map((t) => `${file}: ${t}`),
    )
    expect(formal.filter((line) => !speechToAStranger.some((said) => line.endsWith(said)))).toEqual([])
  })
})

// What a learner says to a stranger in an exercise is not the platform speaking: "u" is right there.
const speechToAStranger = ['Goedendag, kunt u me zeggen wanneer het open is?']

/** The seed's data files and its articles, FAQ and events, as [file name, data]. */
function seedSources(): [string, unknown][] {
  const dataDir = path.join(process.cwd(), 'seed', 'data')
  const files = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))
  return [
    ...files.map((f): [string, unknown] => [f, JSON.parse(readFileSync(path.join(dataDir, f), 'utf8'))]),
    ['media.ts', [articles, faq, events]],
  ]
}

/** Every string under a `fr` or `nl` key, at any depth. */
function texts(value: unknown, lang: 'fr' | 'nl', inside = false): string[] {
  if (typeof value === 'string') return inside ? [value] : []
  if (Array.isArray(value)) return value.flatMap((v) => texts(v, lang, inside))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => texts(v, lang, inside || key === lang))
  return []
}
