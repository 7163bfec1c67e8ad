import { describe, expect, it } from 'vitest'

import { allowedTypos, editDistance, hasTypedAnswer, isTextCorrect, normalizeAnswer } from '@/lib/formation/text'

describe('normalizeAnswer', () => {
  it('ignores case, accents, punctuation and spaces', () => {
    expect(normalizeAnswer('  Élise-Marie ! ')).toBe('elisemarie')
    expect(normalizeAnswer('Boîte de réception')).toBe('boitedereception')
    expect(normalizeAnswer('…?!')).toBe('')
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('objet', 'objet')).toBe(0)
    expect(editDistance('objet', 'objt')).toBe(1)
    expect(editDistance('objet', 'obiet')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('stops early above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
  })
})

describe('isTextCorrect', () => {
  const accepted = ['Objet', 'Sujet']

  it('accepts any accepted answer whatever the case, accents, punctuation and spaces', () => {
    expect(isTextCorrect(accepted, 'objet')).toBe(true)
    expect(isTextCorrect(accepted, ' SUJET. ')).toBe(true)
    expect(isTextCorrect(['Réunion de parents'], 'reunion de parents !')).toBe(true)
    expect(isTextCorrect(['Réunion de parents'], 'reuniondeparents')).toBe(true)
  })

  it('forgives one typo from 5 characters, two from 12', () => {
    expect(allowedTypos(4)).toBe(0)
    expect(allowedTypos(5)).toBe(1)
    expect(allowedTypos(12)).toBe(2)
    expect(isTextCorrect(accepted, 'objte')).toBe(false) // a swap is two edits
    expect(isTextCorrect(accepted, 'obje')).toBe(true)
    expect(isTextCorrect(accepted, 'objetss')).toBe(false)
    expect(isTextCorrect(['Réunion de parents'], 'reunion de parant')).toBe(true)
    expect(isTextCorrect(['Réunion de parents'], 'reunon de parant')).toBe(false)
  })

  it('wants short answers exactly', () => {
    expect(isTextCorrect(['oui'], 'Oui !')).toBe(true)
    expect(isTextCorrect(['oui'], 'ou')).toBe(false)
    expect(isTextCorrect(['Cc'], 'ci')).toBe(false)
  })

  it('refuses an empty answer, even against an empty accepted answer', () => {
    expect(hasTypedAnswer('  . ')).toBe(false)
    expect(hasTypedAnswer('a')).toBe(true)
    expect(isTextCorrect(accepted, '   ')).toBe(false)
    expect(isTextCorrect(['', '  '], 'x')).toBe(false)
  })
})
