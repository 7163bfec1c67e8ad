import { describe, expect, it } from 'vitest'

import { readQuery } from '@/lib/catalogue/filters'
import { parseMapFilters } from '@/lib/map/filters'
import { parseCriteria } from '@/lib/orientation/criteria'
import { oneLine } from '@/lib/text/oneLine'

// A query is echoed on the page ("Nous ne trouvons pas « … »"): a right-to-left override or a control character
// in it would reverse or hide the words that follow it in the sentence.
const hostile = 'Na\u0000mur\u202e\u2066 \u200f Jambes\u0007\n'

describe('one line of typed text', () => {
  it('drops control and bidirectional formatting characters, and folds white space', () => {
    expect(oneLine(hostile)).toBe('Namur Jambes')
    expect(oneLine('  Liège\t\r\n')).toBe('Liège')
  })
  it('keeps what people write: accents, apostrophes, emoji with their joiners', () => {
    expect(oneLine('Sint-Genesius-Rode, l’Île 👩‍💻')).toBe('Sint-Genesius-Rode, l’Île 👩‍💻')
  })
  it('is what the search, the map and the orientation wizard read', () => {
    expect(readQuery(hostile).q).toBe('Namur Jambes')
    expect(parseMapFilters({ near: hostile, q: hostile })).toMatchObject({ near: 'Namur Jambes', q: 'Namur Jambes' })
    expect(parseCriteria({ near: hostile }).near).toBe('Namur Jambes')
  })
})
