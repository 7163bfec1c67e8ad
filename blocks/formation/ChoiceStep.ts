import { rowLabel, stepRowLabel } from '@/fields/rowLabel'
import type { Block } from 'payload'

import { explanationField, stepCommonFields } from './shared'
import { lengths } from '@/fields/lengths'
import { adminMessage } from '@/lib/payload/adminMessage'

const noRightAnswer = {
  fr: 'Cochez « Bonne réponse » sur au moins une réponse : sinon personne ne peut réussir la question.',
  nl: 'Vink bij minstens één antwoord ‘Juist antwoord’ aan: anders kan niemand de vraag goed beantwoorden.',
}

/** A single- or multiple-choice question; every option carries its own feedback. */
export const ChoiceStep: Block = {
  slug: 'choice',
  interfaceName: 'ChoiceStepBlock',
  labels: {
    singular: { fr: 'Question à choix', nl: 'Meerkeuzevraag' },
    plural: { fr: 'Questions à choix', nl: 'Meerkeuzevragen' },
  },
  admin: stepRowLabel('question', { fr: 'Question à choix', nl: 'Meerkeuzevraag' }),
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
      name: 'multiple',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Plusieurs bonnes réponses possibles', nl: 'Meerdere juiste antwoorden mogelijk' },
    },
    {
      name: 'options',
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: 6,
      label: { fr: 'Réponses', nl: 'Antwoorden' },
      labels: { singular: { fr: 'une réponse', nl: 'een antwoord' }, plural: { fr: 'réponses', nl: 'antwoorden' } },
      admin: { components: rowLabel('label', { fr: 'Réponse', nl: 'Antwoord' }) },
      fields: [
        {
          name: 'label',
          type: 'text',
          maxLength: lengths.shortText,
          required: true,
          localized: true,
          label: { fr: 'Réponse', nl: 'Antwoord' },
        },
        {
          name: 'correct',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Bonne réponse', nl: 'Juist antwoord' },
        },
        {
          name: 'feedback',
          type: 'textarea',
          maxLength: lengths.summary,
          localized: true,
          label: { fr: 'Retour si choisie', nl: 'Feedback bij deze keuze' },
        },
      ],
      validate: (options: unknown, { req }: { req?: Parameters<typeof adminMessage>[0] }) => {
        const list = Array.isArray(options) ? (options as { correct?: boolean }[]) : []
        return list.some((option) => option.correct) || adminMessage(req, noRightAnswer)
      },
    },
    explanationField,
    ...stepCommonFields,
  ],
}
