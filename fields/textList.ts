import type { Field } from 'payload'
import { lengths } from '@/fields/lengths'

type Label = { fr: string; nl: string }

/** An ordered list of short localized texts (material, tips, objectives…). */
export function textListField(name: string, plural: Label, singular: Label, required = false): Field {
  return {
    name,
    type: 'array',
    label: plural,
    labels: { singular, plural },
    minRows: required ? 1 : 0,
    fields: [
      { name: 'text', type: 'text', maxLength: lengths.shortText, required: true, localized: true, label: singular },
    ],
  }
}
