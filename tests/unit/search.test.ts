import { describe, expect, it } from 'vitest'

import { highlight, SearchEngine, type SearchDoc } from '@/lib/search/engine'
import { swaps } from '@/lib/search/query'
import { fold, forms, termsOf, typosAllowed } from '@/lib/search/text'

const doc = (over: Partial<SearchDoc> & Pick<SearchDoc, 'docId' | 'title'>): SearchDoc => ({
  kind: 'module',
  slug: `m-${over.docId}`,
  summary: '',
  keywords: '',
  body: '',
  themes: [],
  level: null,
  categories: [],
  visibleFrom: null,
  ...over,
})

const docs = [
  doc({ docId: 1, title: 'Des mots de passe solides', summary: 'Protéger ses comptes : la sécurité en ligne.' }),
  doc({ docId: 2, title: 'Lire un e-mail et y répondre', summary: 'Ouvrir sa boîte de réception.' }),
  doc({ docId: 3, title: 'Payer une facture par virement', summary: 'Le virement depuis sa banque.' }),
  doc({
    docId: 4,
    title: 'Découvrir le smartphone',
    summary: 'Les gestes sur un écran tactile.',
    themes: ['premiers-pas'],
  }),
  doc({ docId: 5, title: 'Sa déclaration d’impôts', summary: 'Avec MyMinfin.', level: '2' }),
  doc({ docId: 6, kind: 'article', title: 'La sécurité des enfants', visibleFrom: '2030-01-01T00:00:00.000Z' }),
  doc({ docId: 7, kind: 'faq', title: 'Comment créer un compte ?', body: 'Le formulaire d’inscription.' }),
]
const synonyms = [
  ['courriel', 'e-mail', 'mail'],
  ['GSM', 'smartphone', 'téléphone portable'],
  ['impôts', 'Tax-on-web', 'MyMinfin'],
]
const engine = new SearchEngine('fr', docs, synonyms)
const ids = (q: string, options = {}) => engine.search(q, options).hits.map((h) => h.docId)

describe('words become terms the same way on both sides', () => {
  it('folds case and accents, drops elision, joins and splits hyphenated words', () => {
    expect(fold('Sécurité')).toBe('securite')
    expect(forms('l’e-mail', 'fr')).toEqual(['email', 'mail'])
    expect(forms('Tax-on-web', 'fr')).toEqual(['taxonweb', 'tax', 'web'])
    expect(forms('les', 'fr')).toEqual([])
    expect(termsOf('factures', 'fr')).toEqual(['factures', 'factur'])
    expect(termsOf('wachtwoorden', 'nl')).toContain('wachtwoord')
  })

  it('tolerates one typo from 5 letters and two from 9; swapped letters count as one', () => {
    expect([typosAllowed('mail'), typosAllowed('banque'), typosAllowed('smartphone')]).toEqual([0, 1, 2])
    expect(swaps('tabelt')).toContain('tablet')
  })
})

describe('the engine', () => {
  it('ignores accents and case, finds plurals and prefixes', () => {
    expect(ids('securite')).toContain(1)
    expect(ids('SÉCURITÉ')).toContain(1)
    expect(ids('factures')).toEqual([3])
    expect(ids('virem')).toEqual([3])
  })

  it('finds words with a typo, and words typed with their letters swapped', () => {
    expect(ids('smartphnoe')).toEqual([4])
    expect(ids('virment')).toEqual([3])
    expect(ids('fatcure')).toEqual([3])
    // Under five letters a typo is another word.
    expect(ids('mial')).toEqual([])
  })

  it('finds synonyms, one word or several', () => {
    expect(ids('courriel')).toEqual([2])
    expect(ids('téléphone portable')).toEqual([4])
    expect(ids('GSM')).toEqual([4])
    expect(ids('impots')).toEqual([5])
  })

  it('ranks a match in the title above a match in the summary', () => {
    const scored = new SearchEngine('fr', [
      doc({ docId: 1, title: 'Les réseaux sociaux', summary: 'Protéger sa vie privée avec un mot de passe.' }),
      doc({ docId: 2, title: 'Un mot de passe solide', summary: 'Choisir et retenir.' }),
    ])
    expect(scored.search('mot de passe').hits.map((h) => h.docId)).toEqual([2, 1])
  })

  it('needs every word, and falls back to some of them when none has all', () => {
    expect(engine.search('payer facture')).toMatchObject({ partial: false, hits: [{ docId: 3 }] })
    expect(engine.search('facture smartphone')).toMatchObject({ partial: true })
  })

  it('suggests a corrected query when nothing matches', () => {
    expect(engine.search('declaratoin')).toMatchObject({ hits: [{ docId: 5 }] })
    // Two letters wrong in eight: beyond what the search forgives, near enough to propose.
    const none = engine.search('vitemant')
    expect(none.hits).toEqual([])
    expect(none.didYouMean).toBe('virement')
    expect(engine.search('qwxyz').didYouMean).toBeNull()
  })

  it('keeps scheduled articles hidden until their date, and filters by kind and field', () => {
    expect(ids('securite')).not.toContain(6)
    expect(ids('securite', { now: new Date('2031-01-01') })).toContain(6)
    expect(ids('compte', { kinds: ['faq'] })).toEqual([7])
    expect(ids('smartphone', { filter: (d: SearchDoc) => d.themes.includes('internet') })).toEqual([])
  })

  it('answers any text without throwing', () => {
    for (const q of ['', '   ', '!!!', 'a'.repeat(5000), '<script>alert(1)</script>', '\u0000\uFFFF', '🙂 wifi'])
      expect(() => engine.search(q)).not.toThrow()
  })
})

describe('the help centre search (was lib/faq searchFaq)', () => {
  const faq = new SearchEngine('fr', [
    doc({ docId: 1, kind: 'faq', title: 'Est-ce gratuit ?', body: 'Oui, tout est gratuit.' }),
    doc({ docId: 2, kind: 'faq', title: 'Que fait le référent ?', body: 'Il tient la fiche à jour.' }),
  ])
  const found = (q: string) => faq.search(q, { kinds: ['faq'] }).hits.map((h) => h.title)

  it('finds words in questions and answers, accents ignored; an empty search finds nothing', () => {
    expect(found('referent')).toEqual(['Que fait le référent ?'])
    expect(found('fiche jour')).toEqual(['Que fait le référent ?'])
    expect(found('refrent')).toEqual(['Que fait le référent ?'])
    expect(found('root')).toEqual([])
    expect(found('')).toEqual([])
  })
})

describe('highlighting', () => {
  it('marks the words whose terms matched, as written', () => {
    const [hit] = engine.search('securite').hits
    const parts = highlight('Protéger ses comptes : la sécurité en ligne.', hit!.terms, 'fr')
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['sécurité'])
    expect(parts.map((p) => p.text).join('')).toBe('Protéger ses comptes : la sécurité en ligne.')
  })
})
