import { rowLabel, stepRowLabel } from '@/fields/rowLabel'
import type { Block } from 'payload'

import { explanationField, stepCommonFields } from './shared'
import { lengths } from '@/fields/lengths'

/** A question answered by typing a short text; matching forgives case, accents, punctuation and a typo. */
export const TypeTextStep: Block = {
  slug: 'typeText',
  interfaceName: 'TypeTextStepBlock',
  labels: {
    singular: { fr: 'Réponse à écrire', nl: 'Antwoord typen' },
    plural: { fr: 'Réponses à écrire', nl: 'Antwoorden typen' },
  },
  admin: stepRowLabel('question', { fr: 'Réponse à écrire', nl: 'Antwoord typen' }),
  fields: [
    {
      name: 'question',
      type: 'text',
      maxLength: lengths.shortText,
      required: true,
      localized: true,
      label: { fr: 'Question', nl: 'Vraag' },
    },
    {
      // Rows shared by both languages, text per language (like every list of this site): a language that needs
      // fewer variants leaves the extra rows empty, they are ignored.
      name: 'answers',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 10,
      label: { fr: 'Réponses acceptées', nl: 'Aanvaarde antwoorden' },
      labels: {
        singular: { fr: 'une réponse acceptée', nl: 'een aanvaard antwoord' },
        plural: { fr: 'réponses acceptées', nl: 'aanvaarde antwoorden' },
      },
      admin: {
        components: rowLabel('text', { fr: 'Réponse acceptée', nl: 'Aanvaard antwoord' }),
        description: {
          fr: 'Majuscules, accents, ponctuation et une petite faute de frappe sont tolérés.',
          nl: 'Hoofdletters, accenten, leestekens en een kleine tikfout worden aanvaard.',
        },
      },
      fields: [
        {
          name: 'text',
          type: 'text',
          maxLength: lengths.shortText,
          localized: true,
          label: { fr: 'Réponse', nl: 'Antwoord' },
        },
      ],
    },
    {
      name: 'formatHint',
      type: 'text',
      maxLength: lengths.shortText,
      localized: true,
      label: { fr: 'Aide sur la forme attendue (facultatif)', nl: 'Hulp bij de verwachte vorm (optioneel)' },
      admin: { description: { fr: 'Par exemple : « Un seul mot ».', nl: 'Bijvoorbeeld: ‘Eén woord’.' } },
    },
    explanationField,
    ...stepCommonFields,
  ],
}
