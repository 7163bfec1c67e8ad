import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { fallbackLang, filled, localizedValues, translationGaps, translationStatus } from '@/lib/i18n/translationGaps'

const rich = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ text }] }] } })

// The shapes our collections use: a localized title, a group, an array of rows with localized texts, blocks.
const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'duration', type: 'number' },
  { type: 'row', fields: [{ name: 'summary', type: 'textarea', localized: true }] },
  {
    name: 'steps',
    type: 'array',
    fields: [
      { name: 'minutes', type: 'number' },
      { name: 'title', type: 'text', localized: true },
      { name: 'body', type: 'richText', localized: true },
    ],
  },
  {
    name: 'blocks',
    type: 'blocks',
    blocks: [{ slug: 'choice', fields: [{ name: 'question', type: 'text', localized: true }] }],
  },
]

describe('localizedValues', () => {
  it('names every localized text by its path, rows by their id', () => {
    const values = localizedValues(fields, {
      title: 'Le wifi',
      duration: 30,
      summary: 'Se connecter',
      steps: [{ id: 'a1', minutes: 5, title: 'Accueil', body: rich('Bonjour') }],
      blocks: [{ id: 'b1', blockType: 'choice', question: 'Qu’est-ce que le wifi ?' }],
    })
    expect([...values.keys()]).toEqual(['title', 'summary', 'steps.a1.title', 'steps.a1.body', 'blocks.b1.question'])
  })
})

describe('filled', () => {
  it('sees text, not empty shells', () => {
    expect(filled('  ')).toBe(false)
    expect(filled(rich(''))).toBe(false)
    expect(filled(rich('Bonjour'))).toBe(true)
    expect(filled([])).toBe(false)
    expect(filled(null)).toBe(false)
    expect(filled('Wifi')).toBe(true)
  })
})

describe('translationGaps', () => {
  const fr = localizedValues(fields, {
    title: 'Le wifi',
    summary: 'Se connecter',
    steps: [{ id: 'a1', title: 'Accueil', body: rich('Bonjour') }],
  })

  it('lists what only French has, and says Dutch is missing', () => {
    const nl = localizedValues(fields, { title: 'Wifi', steps: [{ id: 'a1', title: 'Onthaal', body: rich('') }] })
    const gaps = translationGaps({ fr, nl })
    expect(gaps).toEqual({ nl: ['summary', 'steps.a1.body'] })
    expect(translationStatus(gaps)).toBe('missing-nl')
  })

  it('is complete when both languages have every text, and a document in one language lacks the other', () => {
    const nl = localizedValues(fields, {
      title: 'Wifi',
      summary: 'Verbinden',
      steps: [{ id: 'a1', title: 'Onthaal', body: rich('Hallo') }],
    })
    expect(translationStatus(translationGaps({ fr, nl }))).toBe('complete')
    expect(translationStatus(translationGaps({ fr, nl: new Map() }))).toBe('missing-nl')
    expect(translationStatus(translationGaps({ fr: new Map(), nl }))).toBe('missing-fr')
  })
})

describe('fallbackLang', () => {
  const doc = { translationGaps: { nl: ['summary'] } }

  it('tells a Dutch page which text is French', () => {
    expect(fallbackLang(doc, 'nl', 'summary')).toBe('fr')
    expect(fallbackLang(doc, 'nl', 'title')).toBeUndefined()
    expect(fallbackLang(doc, 'fr', 'summary')).toBeUndefined()
    expect(fallbackLang({}, 'nl', 'summary')).toBeUndefined()
  })
})
