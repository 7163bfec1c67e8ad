import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { lengths } from '@/fields/lengths'
import { expireSearchIndex } from '@/lib/search/expiry'
import { formError } from '@/lib/workshops/validation'

/**
 * Words that mean the same thing to someone searching, per language: "courriel, e-mail, mail". The search
 * engine (lib/search/) finds any member of a group when one is typed. Edited by the editorial team; read by
 * the server only.
 */
export const Synonyms: CollectionConfig = {
  slug: 'synonyms',
  labels: {
    singular: { fr: 'Groupe de synonymes', nl: 'Groep synoniemen' },
    plural: { fr: 'Synonymes de recherche', nl: 'Zoeksynoniemen' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'language', 'updatedAt'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
    description: {
      fr: 'Une recherche qui contient l’un de ces mots trouve aussi les autres. Un groupe par sens, dans une langue.',
      nl: 'Wie een van deze woorden zoekt, vindt ook de andere. Eén groep per betekenis, in één taal.',
    },
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    // The list shows the group's words: its title is made from them.
    beforeChange: [({ data }) => ({ ...data, label: (data.words ?? []).join(', ').slice(0, lengths.title) })],
    afterChange: [({ doc }) => (expireSearchIndex(), doc)],
    afterDelete: [({ doc }) => (expireSearchIndex(), doc)],
  },
  fields: [
    {
      name: 'language',
      type: 'select',
      required: true,
      options: [
        { value: 'fr', label: { fr: 'Français', nl: 'Frans' } },
        { value: 'nl', label: { fr: 'Néerlandais', nl: 'Nederlands' } },
      ],
      label: { fr: 'Langue', nl: 'Taal' },
    },
    {
      name: 'words',
      type: 'text',
      hasMany: true,
      required: true,
      maxLength: lengths.name,
      maxRows: 20,
      label: { fr: 'Mots ou expressions', nl: 'Woorden of uitdrukkingen' },
      admin: {
        description: {
          fr: 'Au moins deux, par exemple : courriel, e-mail, mail.',
          nl: 'Minstens twee, bijvoorbeeld: ziekenfonds, mutualiteit.',
        },
      },
      validate: (value: unknown, { req }: { req: Parameters<typeof formError>[1] }) =>
        (Array.isArray(value) && value.filter((v) => typeof v === 'string' && v.trim()).length >= 2) ||
        formError('synonymsTooFew', req),
    },
    { name: 'label', type: 'text', maxLength: lengths.title, admin: { hidden: true } },
  ],
}
