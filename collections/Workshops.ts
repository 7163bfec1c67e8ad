import type { CollectionConfig } from 'payload'

import { aidantWithStructure } from '../access/aidantWithStructure'
import { ownerOrReferent } from '../access/ownerOrReferent'
import { structureWorkRead } from '../access/structureWork'
import { deleteWorkshopParticipants } from '../lib/workshops/deleteCascade'
import { prepareWorkshop } from '../lib/workshops/hooks'

/** Ateliers: an aidant shares modules, parcours or a diagnostic with learners through a short access code. */
export const Workshops: CollectionConfig = {
  slug: 'workshops',
  labels: { singular: { fr: 'Atelier', nl: 'Workshop' }, plural: { fr: 'Ateliers', nl: 'Workshops' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'date', 'expiresAt', 'structure', 'aidant'],
    group: { fr: 'Suivi', nl: 'Opvolging' },
  },
  access: { read: structureWorkRead, create: aidantWithStructure, update: ownerOrReferent, delete: ownerOrReferent },
  hooks: { beforeChange: [prepareWorkshop], beforeDelete: [deleteWorkshopParticipants] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', nl: 'Titel' } },
    { name: 'date', type: 'date', required: true, label: { fr: 'Date', nl: 'Datum' } },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      index: true,
      label: { fr: 'Le code expire le', nl: 'De code vervalt op' },
    },
    {
      name: 'code',
      type: 'text',
      index: true,
      admin: { readOnly: true },
      label: { fr: 'Code d’accès', nl: 'Toegangscode' },
    },
    { name: 'aidant', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'structure', type: 'relationship', relationTo: 'structures', required: true, index: true },
    { name: 'modules', type: 'relationship', relationTo: 'modules', hasMany: true, label: 'Modules' },
    {
      name: 'parcours',
      type: 'relationship',
      relationTo: 'parcours',
      hasMany: true,
      label: { fr: 'Parcours', nl: 'Leertrajecten' },
    },
    {
      name: 'diagnostic',
      type: 'select',
      label: { fr: 'Diagnostic partagé', nl: 'Gedeelde diagnose' },
      options: [
        { value: 'simulator', label: { fr: 'Simulateur', nl: 'Simulator' } },
        { value: 'situation', label: { fr: 'Questionnaire de situation', nl: 'Situatievragenlijst' } },
      ],
    },
  ],
}
