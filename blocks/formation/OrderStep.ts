import { rowLabel, stepRowLabel } from '@/fields/rowLabel'
import type { Block } from 'payload'

import { explanationField, stepCommonFields } from './shared'
import { lengths } from '@/fields/lengths'

/** Put steps back in the right order: stored in the right order, shown shuffled. */
export const OrderStep: Block = {
  slug: 'order',
  interfaceName: 'OrderStepBlock',
  labels: {
    singular: { fr: 'Remettre dans l’ordre', nl: 'In de juiste volgorde zetten' },
    plural: { fr: 'Remettre dans l’ordre', nl: 'In de juiste volgorde zetten' },
  },
  admin: stepRowLabel('instruction', { fr: 'Remettre dans l’ordre', nl: 'In de juiste volgorde zetten' }),
  fields: [
    {
      name: 'instruction',
      type: 'text',
      maxLength: lengths.shortText,
      required: true,
      localized: true,
      label: { fr: 'Consigne', nl: 'Opdracht' },
    },
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: 8,
      label: { fr: 'Éléments, dans le bon ordre', nl: 'Elementen, in de juiste volgorde' },
      labels: { singular: { fr: 'un élément', nl: 'een element' }, plural: { fr: 'éléments', nl: 'elementen' } },
      admin: {
        components: rowLabel('text', { fr: 'Élément', nl: 'Element' }),
        description: {
          fr: 'Le joueur les mélange lui-même.',
          nl: 'De speler zet ze zelf door elkaar.',
        },
      },
      fields: [
        {
          name: 'text',
          type: 'text',
          maxLength: lengths.shortText,
          required: true,
          localized: true,
          label: { fr: 'Texte', nl: 'Tekst' },
        },
      ],
    },
    explanationField,
    ...stepCommonFields,
  ],
}
