import type { Field } from 'payload'
import { lengths } from '@/fields/lengths'

/** Fields every step has, whatever its kind: a hint the learner can open, and links to learn more. */
export const stepCommonFields: Field[] = [
  {
    name: 'hint',
    type: 'textarea',
    maxLength: lengths.summary,
    localized: true,
    label: { fr: 'Indice (facultatif)', nl: 'Tip (optioneel)' },
    admin: {
      description: {
        fr: 'Affiché seulement si la personne le demande.',
        nl: 'Alleen getoond als de persoon erom vraagt.',
      },
    },
  },
  {
    name: 'learnMore',
    type: 'relationship',
    relationTo: ['modules', 'community-resources'],
    hasMany: true,
    label: { fr: 'Pour en savoir plus', nl: 'Meer weten' },
    admin: {
      description: {
        fr: 'Modules ou ressources proposés sous la réponse.',
        nl: 'Modules of bronnen die onder het antwoord worden voorgesteld.',
      },
    },
  },
]

/** The text shown after a check, whatever the answer (choice, typed text, order, simulated screen). */
export const explanationField: Field = {
  name: 'explanation',
  type: 'textarea',
  maxLength: lengths.summary,
  localized: true,
  label: { fr: 'Explication après réponse', nl: 'Uitleg na het antwoord' },
}
