import type { Field } from 'payload'

import { slugify } from '@/lib/text/slugify'
import { lengths } from '@/fields/lengths'

/** A unique, URL-safe slug, filled from the French title when the editor leaves it empty. */
export function slugField(sourceField = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    maxLength: lengths.slug,
    required: true,
    unique: true,
    index: true,
    label: { fr: 'Adresse (slug)', nl: 'Adres (slug)' },
    admin: {
      position: 'sidebar',
      description: {
        fr: 'Adresse de la page, générée depuis le titre.',
        nl: 'Adres van de pagina, gemaakt op basis van de titel.',
      },
    },
    hooks: {
      beforeValidate: [
        ({ value, data, req }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = data?.[sourceField]
          const text = typeof source === 'string' ? source : source?.[req.locale ?? 'fr']
          return typeof text === 'string' ? slugify(text) : value
        },
      ],
    },
  }
}
