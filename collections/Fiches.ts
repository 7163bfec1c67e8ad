import { rowLabel } from '@/fields/rowLabel'
import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { memberContent } from '@/access/memberContent'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { previewFor } from '@/fields/preview'
import { lengths } from '@/fields/lengths'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

/** Printable summary sheets (fiches résumé), written for the learner: large type, short sentences. */
export const Fiches: CollectionConfig = {
  slug: 'fiches',
  labels: {
    singular: { fr: 'Fiche résumé', nl: 'Samenvattingsfiche' },
    plural: { fr: 'Fiches résumé', nl: 'Samenvattingsfiches' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'translationStatus', 'updatedAt'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
    preview: previewFor('fiches'),
  },
  typescript: { interface: 'Fiche' },
  versions: { drafts: true, maxPerDoc: 20 },
  // Versions hold drafts and scheduled texts: staff only (by default any signed-in member reads them).
  access: { read: memberContent, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.fiches), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'intro',
      type: 'textarea',
      maxLength: lengths.summary,
      localized: true,
      label: { fr: 'Introduction', nl: 'Inleiding' },
    },
    { name: 'illustration', type: 'upload', relationTo: 'media', label: { fr: 'Illustration', nl: 'Illustratie' } },
    {
      name: 'sections',
      type: 'array',
      required: true,
      minRows: 1,
      label: { fr: 'Sections', nl: 'Onderdelen' },
      labels: { singular: { fr: 'une section', nl: 'een onderdeel' }, plural: { fr: 'sections', nl: 'onderdelen' } },
      admin: { components: rowLabel('heading', { fr: 'Section', nl: 'Onderdeel' }) },
      fields: [
        {
          name: 'heading',
          type: 'text',
          maxLength: lengths.title,
          required: true,
          localized: true,
          label: { fr: 'Titre', nl: 'Titel' },
        },
        { name: 'body', type: 'richText', required: true, localized: true, label: { fr: 'Contenu', nl: 'Inhoud' } },
      ],
    },
    {
      name: 'remember',
      type: 'text',
      maxLength: lengths.shortText,
      localized: true,
      label: { fr: 'À retenir', nl: 'Om te onthouden' },
    },
    ...translationFields(),
  ],
}
