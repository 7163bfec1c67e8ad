import type { Block } from 'payload'
import { lengths } from '@/fields/lengths'

/** A highlighted box in an article: a tip, a point of attention, or a piece of information. */
export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: { fr: 'Encadré', nl: 'Kader' }, plural: { fr: 'Encadrés', nl: 'Kaders' } },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'tip',
      options: [
        { value: 'tip', label: { fr: 'Conseil', nl: 'Tip' } },
        { value: 'info', label: { fr: 'Bon à savoir', nl: 'Goed om te weten' } },
        { value: 'warning', label: { fr: 'Attention', nl: 'Let op' } },
      ],
      label: { fr: 'Type', nl: 'Soort' },
    },
    { name: 'text', type: 'textarea', maxLength: lengths.summary, required: true, label: { fr: 'Texte', nl: 'Tekst' } },
  ],
}
