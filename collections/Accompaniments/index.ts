import type { CollectionConfig } from 'payload'

import { aidantWithStructure } from '@/access/aidantWithStructure'
import { ownerOrReferent } from '@/access/ownerOrReferent'
import { serverOnlyField } from '@/access/serverOnlyField'
import { structureWorkRead } from '@/access/structureWork'
import { accompanimentTopics } from '@/lib/accompaniments/topics'
import { personCodeMaxLength } from '@/lib/accompaniments/personCode'

import { stampAccompaniment } from '@/collections/Accompaniments/hooks/stampAccompaniment'

// Who may write each field (docs/adr/0011): the rest follows the collection's rules (the owner aidant, the
// structure's référents, staff). `aidant` and `structure` are chosen at creation — from the acting aidant by
// stampAccompaniment, or by staff — and never change; `member` is derived from the participant.
const fixed = { update: serverOnlyField }

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
  hooks: { beforeChange: [stampAccompaniment] },
  fields: [
    { name: 'date', type: 'date', required: true, index: true, label: { fr: 'Date', nl: 'Datum' } },
    { name: 'aidant', type: 'relationship', relationTo: 'members', required: true, index: true, access: fixed },
    { name: 'structure', type: 'relationship', relationTo: 'structures', required: true, index: true, access: fixed },
    { name: 'participant', type: 'relationship', relationTo: 'workshop-participants' },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      access: { create: serverOnlyField, update: serverOnlyField },
    },
    {
      name: 'personCode',
      type: 'text',
      // The same bound as the form (lib/accompaniments/personCode.ts).
      maxLength: personCodeMaxLength,
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
