import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { levelField } from '@/fields/level'
import { previewFor } from '@/fields/preview'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { lengths } from '@/fields/lengths'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

/** Learning paths: modules in a chosen order, possibly across themes. */
export const Parcours: CollectionConfig = {
  slug: 'parcours',
  labels: { singular: { fr: 'Parcours', nl: 'Leertraject' }, plural: { fr: 'Parcours', nl: 'Leertrajecten' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'prerequisiteLevel', '_status', 'translationStatus', 'updatedAt'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
    preview: previewFor('parcours'),
  },
  typescript: { interface: 'Parcours' },
  versions: { drafts: true, maxPerDoc: 20 },
  // Versions hold drafts and scheduled texts: staff only (by default any signed-in member reads them).
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.parcours), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      maxLength: lengths.summary,
      required: true,
      localized: true,
      label: { fr: 'Résumé', nl: 'Samenvatting' },
    },
    {
      name: 'audience',
      type: 'text',
      maxLength: lengths.shortText,
      localized: true,
      label: { fr: 'Public', nl: 'Doelgroep' },
    },
    levelField('prerequisiteLevel'),
    {
      name: 'modules',
      type: 'relationship',
      relationTo: 'modules',
      hasMany: true,
      required: true,
      minRows: 2,
      label: { fr: 'Modules, dans l’ordre', nl: 'Modules, in volgorde' },
    },
    ...translationFields(),
  ],
}
