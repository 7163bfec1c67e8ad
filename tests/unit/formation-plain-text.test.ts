import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from '@/lib/formation/plainText'
import { bulletList, paragraph, paragraphs, root, text } from '@/seed/lexical'

describe('lexicalToPlainText', () => {
  it('keeps one line per paragraph', () => {
    expect(lexicalToPlainText(paragraphs('Premier paragraphe.\n\nDeuxième   paragraphe.'))).toBe(
      'Premier paragraphe.\nDeuxième paragraphe.',
    )
  })

  it('reads list items and inline nodes such as links', () => {
    expect(lexicalToPlainText(bulletList(['Un', 'Deux']))).toBe('Un\nDeux')
    const link = { type: 'link', version: 3, children: [text('ce lien')] }
    expect(lexicalToPlainText(root([paragraph([text('Voir '), link, text(' ici.')])]))).toBe('Voir ce lien ici.')
  })

  it('turns line breaks into new lines', () => {
    expect(lexicalToPlainText(root([paragraph([text('a'), { type: 'linebreak', version: 1 }, text('b')])]))).toBe(
      'a\nb',
    )
  })

  it('returns an empty text for anything else', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText('texte')).toBe('')
    expect(lexicalToPlainText({ root: { type: 'root', children: [] } })).toBe('')
  })
})
