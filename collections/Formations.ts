import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { memberContent } from '@/access/memberContent'
import { formationStepBlocks } from '@/blocks/formation'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { previewFor } from '@/fields/preview'
import { lengths } from '@/fields/lengths'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

/** Interactive trainings and exercises (mises en situation), played one step at a time. */
export const Formations: CollectionConfig = {
  slug: 'formations',
  labels: {
    singular: { fr: 'Formation interactive', nl: 'Interactieve opleiding' },
    plural: { fr: 'Formations interactives', nl: 'Interactieve opleidingen' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'translationStatus', 'updatedAt'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
    preview: previewFor('formations'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  // Versions hold drafts and scheduled texts: staff only (by default any signed-in member reads them).
  access: { read: memberContent, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.formations), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'training',
      admin: { position: 'sidebar' },
      label: { fr: 'Type', nl: 'Soort' },
      options: [
        { value: 'training', label: { fr: 'Formation', nl: 'Opleiding' } },
        { value: 'exercise', label: { fr: 'Exercice (mise en situation)', nl: 'Oefening (praktijksituatie)' } },
      ],
    },
    {
      name: 'intro',
      type: 'textarea',
      maxLength: lengths.summary,
      localized: true,
      label: { fr: 'Introduction', nl: 'Inleiding' },
    },
    {
      name: 'steps',
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks: formationStepBlocks,
      label: { fr: 'Étapes', nl: 'Stappen' },
      labels: { singular: { fr: 'une étape', nl: 'een stap' }, plural: { fr: 'étapes', nl: 'stappen' } },
    },
    ...translationFields(),
  ],
}
