import { describe, expect, it } from 'vitest'

import configPromise from '@payload-config'
import { auditLabels } from '@/lib/payload/labelAudit'

/**
 * Issue 16, point 3: every label, block name, array row name, option, tab and description of the admin is given
 * in French and Dutch. It walks the whole built configuration (after Payload filled every missing label with the
 * English words of the field's name), so a collection added later is held to it too.
 */

describe('admin labels', () => {
  it('every admin text of every collection, block and field is localized FR/NL', async () => {
    const config = await configPromise
    const problems = auditLabels(config.collections, config.globals)
    expect(problems.map(({ path, problem }) => `${path}: ${problem}`)).toEqual([])
  })

  it('finds a plain-string label, a missing array row name and an English option', () => {
    const problems = auditLabels([
      {
        slug: 'samples',
        labels: { singular: { fr: 'Exemple', nl: 'Voorbeeld' }, plural: { fr: 'Exemples', nl: 'Voorbeelden' } },
        fields: [
          { name: 'title', type: 'text', label: 'Title' },
          { name: 'rows', type: 'array', label: { fr: 'Lignes', nl: 'Rijen' }, fields: [] },
          { name: 'kind', type: 'select', label: { fr: 'Type', nl: 'Soort' }, options: ['big'] },
          { name: 'secret', type: 'text', admin: { hidden: true } },
        ],
      },
    ])
    expect(problems).toEqual([
      { path: 'samples.title', problem: 'label plain string "Title"' },
      { path: 'samples.rows', problem: 'labels.singular missing' },
      { path: 'samples.rows', problem: 'labels.plural missing' },
      { path: 'samples.kind', problem: 'option "big" has no label' },
    ])
  })
})
