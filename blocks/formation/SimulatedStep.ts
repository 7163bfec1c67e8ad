import { stepRowLabel } from '@/fields/rowLabel'
import type { Block } from 'payload'

import { simulatedTasks } from '@/lib/formation/simulated'
import { explanationField, stepCommonFields } from './shared'
import { lengths } from '@/fields/lengths'

const taskLabels: Record<(typeof simulatedTasks)[number], { fr: string; nl: string }> = {
  findMessage: { fr: 'Messagerie : trouver un message', nl: 'E-mail: een bericht vinden' },
  attachment: { fr: 'Messagerie : ouvrir une pièce jointe', nl: 'E-mail: een bijlage openen' },
  reply: { fr: 'Messagerie : répondre à un message', nl: 'E-mail: een bericht beantwoorden' },
  form: { fr: 'Formulaire en ligne', nl: 'Onlineformulier' },
  link: { fr: 'Navigateur : suivre un lien', nl: 'Browser: een link volgen' },
  search: { fr: 'Navigateur : faire une recherche', nl: 'Browser: iets zoeken' },
  back: { fr: 'Navigateur : revenir en arrière', nl: 'Browser: teruggaan' },
  addressBar: { fr: 'Navigateur : la barre d’adresse', nl: 'Browser: de adresbalk' },
  phishing: { fr: 'Sécurité : repérer un faux message', nl: 'Veiligheid: een vals bericht herkennen' },
  unsafeSite: { fr: 'Sécurité : repérer un site douteux', nl: 'Veiligheid: een verdachte site herkennen' },
}

/** Practice on one of the diagnostic's simulated screens (an imitation drawn by the app, never a real site). */
export const SimulatedStep: Block = {
  slug: 'simulated',
  interfaceName: 'SimulatedStepBlock',
  labels: {
    singular: { fr: 'Écran d’exercice (imitation)', nl: 'Oefenscherm (nabootsing)' },
    plural: { fr: 'Écrans d’exercice (imitation)', nl: 'Oefenschermen (nabootsing)' },
  },
  admin: stepRowLabel('instruction', { fr: 'Écran d’exercice (imitation)', nl: 'Oefenscherm (nabootsing)' }),
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
      name: 'task',
      type: 'select',
      required: true,
      label: { fr: 'Écran simulé', nl: 'Gesimuleerd scherm' },
      options: simulatedTasks.map((value) => ({ value, label: taskLabels[value] })),
    },
    explanationField,
    ...stepCommonFields,
  ],
}
