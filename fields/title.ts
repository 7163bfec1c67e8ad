import type { TextField } from 'payload'

import { lengths } from '@/fields/lengths'

/** The localized, required title every piece of editorial content has (bounded like the site's forms). */
export function titleField(): TextField {
  return {
    name: 'title',
    type: 'text',
    maxLength: lengths.title,
    required: true,
    localized: true,
    label: { fr: 'Titre', nl: 'Titel' },
  }
}
