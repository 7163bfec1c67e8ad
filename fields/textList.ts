import { rowLabel } from '@/fields/rowLabel'
import type { Field } from 'payload'
import { lengths } from '@/fields/lengths'

type Label = { fr: string; nl: string }

/**
 * An ordered list of short localized texts (material, tips, objectives…). `one` names a row with its article
 * for Payload's button ("Ajouter un conseil", "Voeg een tip toe").
 */
export function textListField(name: string, plural: Label, singular: Label, one: Label, required = false): Field {
  return {
    name,
    type: 'array',
    label: plural,
    labels: { singular: one, plural },
    admin: { components: rowLabel('text', singular) },
    minRows: required ? 1 : 0,
    fields: [
      { name: 'text', type: 'text', maxLength: lengths.shortText, required: true, localized: true, label: singular },
    ],
  }
}
