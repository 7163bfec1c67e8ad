import type { CollectionConfig } from 'payload'

import { aidantWithStructure } from '../access/aidantWithStructure'
import { ownerOrReferent } from '../access/ownerOrReferent'
import { structureWorkRead } from '../access/structureWork'
import { accompanimentTopics } from '../lib/accompaniments/topics'
import { stampAidant } from '../lib/workshops/hooks'

/** The accompaniment log: one row per time an aidant helped someone. It feeds the impact reporting. */
export const Accompaniments: CollectionConfig = {
  slug: 'accompaniments',
  labels: {
    singular: { fr: 'Accompagnement', nl: 'Begeleiding' },
    plural: { fr: 'Accompagnements', nl: 'Begeleidingen' },
  },
  admin: {
    defaultColumns: ['date', 'topic', 'minutes', 'aidant', 'structure'],
    group: { fr: 'Suivi', nl: 'Opvolging' },
    components: { beforeList: ['/components/admin/AccompanimentTotals#AccompanimentTotals'] },
  },
  access: { read: structureWorkRead, create: aidantWithStructure, update: ownerOrReferent, delete: ownerOrReferent },
  hooks: { beforeChange: [stampAidant] },
  fields: [
    { name: 'date', type: 'date', required: true, index: true, label: { fr: 'Date', nl: 'Datum' } },
    { name: 'aidant', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'structure', type: 'relationship', relationTo: 'structures', required: true, index: true },
    { name: 'participant', type: 'relationship', relationTo: 'workshop-participants' },
    { name: 'member', type: 'relationship', relationTo: 'members' },
    {
      name: 'personCode',
      type: 'text',
      label: { fr: 'Code anonyme de la personne', nl: 'Anonieme code van de persoon' },
    },
    {
      name: 'topic',
      type: 'select',
      required: true,
      label: { fr: 'Sujet', nl: 'Onderwerp' },
      options: accompanimentTopics.map((t) => ({ value: t.value, label: t.label })),
    },
    {
      name: 'minutes',
      type: 'number',
      required: true,
      min: 1,
      max: 600,
      label: { fr: 'Durée (min)', nl: 'Duur (min)' },
    },
  ],
}
