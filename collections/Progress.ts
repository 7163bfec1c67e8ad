import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { learnerDataRead } from '@/access/learnerDataRead'
import { lengths } from '@/fields/lengths'

/**
 * One learner's progress in one formation: a member, or a workshop participant without an account. Written
 * by our server only (lib/progress/save-progress.ts), from the player's queued events.
 */
export const Progress: CollectionConfig = {
  slug: 'progress',
  labels: { singular: { fr: 'Progression', nl: 'Voortgang' }, plural: { fr: 'Progressions', nl: 'Voortgang' } },
  admin: {
    defaultColumns: ['formation', 'member', 'participant', 'status', 'score', 'updatedAt'],
    group: { fr: 'Suivi', nl: 'Opvolging' },
  },
  access: { read: learnerDataRead, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    // "m<member>:f<formation>" or "p<participant>:f<formation>": one row per learner and formation.
    {
      name: 'key',
      label: { fr: 'Clé technique', nl: 'Technische sleutel' },
      type: 'text',
      maxLength: lengths.key,
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'member', label: { fr: 'Membre', nl: 'Lid' }, type: 'relationship', relationTo: 'members', index: true },
    {
      name: 'participant',
      label: { fr: 'Participant', nl: 'Deelnemer' },
      type: 'relationship',
      relationTo: 'workshop-participants',
      index: true,
    },
    {
      name: 'workshop',
      label: { fr: 'Atelier', nl: 'Workshop' },
      type: 'relationship',
      relationTo: 'workshops',
      index: true,
    },
    {
      name: 'structure',
      label: { fr: 'Structure', nl: 'Organisatie' },
      type: 'relationship',
      relationTo: 'structures',
      index: true,
    },
    {
      name: 'shared',
      label: { fr: 'Partagée avec la structure', nl: 'Gedeeld met de organisatie' },
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'formation',
      label: { fr: 'Formation interactive', nl: 'Interactieve opleiding' },
      type: 'relationship',
      relationTo: 'formations',
      required: true,
      index: true,
    },
    { name: 'module', label: { fr: 'Module', nl: 'Module' }, type: 'relationship', relationTo: 'modules', index: true },
    {
      name: 'status',
      label: { fr: 'Statut', nl: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'in_progress',
      options: [
        { value: 'in_progress', label: { fr: 'En cours', nl: 'Bezig' } },
        { value: 'completed', label: { fr: 'Terminé', nl: 'Voltooid' } },
      ],
    },
    { name: 'currentStep', label: { fr: 'Étape en cours', nl: 'Huidige stap' }, type: 'number', defaultValue: 0 },
    { name: 'run', label: { fr: 'Tentative', nl: 'Poging' }, type: 'number', defaultValue: 1 },
    { name: 'steps', label: { fr: 'Étapes', nl: 'Stappen' }, type: 'json' },
    { name: 'failed', label: { fr: 'Échouées', nl: 'Mislukt' }, type: 'json' },
    { name: 'score', type: 'number', label: { fr: 'Bonnes réponses du premier coup', nl: 'Juist bij eerste poging' } },
    { name: 'questions', label: { fr: 'Questions', nl: 'Vragen' }, type: 'number' },
    { name: 'attempts', label: { fr: 'Essais', nl: 'Pogingen' }, type: 'number', defaultValue: 0 },
    { name: 'seconds', label: { fr: 'Durée (secondes)', nl: 'Duur (seconden)' }, type: 'number', defaultValue: 0 },
    { name: 'completedAt', label: { fr: 'Terminé le', nl: 'Voltooid op' }, type: 'date' },
  ],
}
