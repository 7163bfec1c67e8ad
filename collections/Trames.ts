import { rowLabel } from '@/fields/rowLabel'
import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { memberContent } from '@/access/memberContent'
import { slugField } from '@/fields/slug'
import { textListField } from '@/fields/textList'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { previewFor } from '@/fields/preview'
import { lengths } from '@/fields/lengths'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

/** Facilitator guides (trames d'animation): what to prepare and the timed steps of a workshop. */
export const Trames: CollectionConfig = {
  slug: 'trames',
  labels: {
    singular: { fr: 'Trame d’animation', nl: 'Begeleidingsfiche' },
    plural: { fr: 'Trames d’animation', nl: 'Begeleidingsfiches' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'translationStatus', 'updatedAt'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
    preview: previewFor('trames'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  // Versions hold drafts and scheduled texts: staff only (by default any signed-in member reads them).
  access: { read: memberContent, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.trames), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'audience',
      type: 'textarea',
      maxLength: lengths.summary,
      localized: true,
      label: { fr: 'Public et prérequis', nl: 'Doelgroep en voorkennis' },
    },
    textListField(
      'material',
      { fr: 'Matériel', nl: 'Materiaal' },
      { fr: 'Élément', nl: 'Onderdeel' },
      { fr: 'un élément', nl: 'een onderdeel' },
    ),
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      label: { fr: 'Déroulé minuté', nl: 'Verloop met timing' },
      labels: { singular: { fr: 'une étape', nl: 'een stap' }, plural: { fr: 'étapes', nl: 'stappen' } },
      admin: { components: rowLabel('title', { fr: 'Étape', nl: 'Stap' }) },
      fields: [
        {
          name: 'minutes',
          type: 'number',
          required: true,
          min: 1,
          label: { fr: 'Durée (minutes)', nl: 'Duur (minuten)' },
        },
        {
          name: 'title',
          type: 'text',
          maxLength: lengths.title,
          required: true,
          localized: true,
          label: { fr: 'Titre', nl: 'Titel' },
        },
        { name: 'description', type: 'richText', localized: true, label: { fr: 'Déroulement', nl: 'Verloop' } },
      ],
    },
    textListField(
      'tips',
      { fr: 'Conseils d’animation', nl: 'Begeleidingstips' },
      { fr: 'Conseil', nl: 'Tip' },
      { fr: 'un conseil', nl: 'een tip' },
    ),
    ...translationFields(),
  ],
}
