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
      type: 'text',
      maxLength: lengths.key,
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    { name: 'member', type: 'relationship', relationTo: 'members', index: true },
    { name: 'participant', type: 'relationship', relationTo: 'workshop-participants', index: true },
    { name: 'workshop', type: 'relationship', relationTo: 'workshops', index: true },
    { name: 'structure', type: 'relationship', relationTo: 'structures', index: true },
    { name: 'shared', type: 'checkbox', defaultValue: false },
    { name: 'formation', type: 'relationship', relationTo: 'formations', required: true, index: true },
    { name: 'module', type: 'relationship', relationTo: 'modules', index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'in_progress',
      options: [
        { value: 'in_progress', label: { fr: 'En cours', nl: 'Bezig' } },
        { value: 'completed', label: { fr: 'Terminé', nl: 'Voltooid' } },
      ],
    },
    { name: 'currentStep', type: 'number', defaultValue: 0 },
    { name: 'run', type: 'number', defaultValue: 1 },
    { name: 'steps', type: 'json' },
    { name: 'failed', type: 'json' },
    { name: 'score', type: 'number', label: { fr: 'Bonnes réponses du premier coup', nl: 'Juist bij eerste poging' } },
    { name: 'questions', type: 'number' },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'seconds', type: 'number', defaultValue: 0 },
    { name: 'completedAt', type: 'date' },
  ],
}
