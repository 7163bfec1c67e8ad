import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { digcompAreaOptions } from '@/lib/digcomp/options'
import { lengths } from '@/fields/lengths'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: { fr: 'Thématique', nl: 'Thema' }, plural: { fr: 'Thématiques', nl: "Thema's" } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', 'digcompArea', 'translationStatus'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
  },
  defaultSort: 'order',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.themes), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'description',
      type: 'textarea',
      maxLength: lengths.summary,
      localized: true,
      label: { fr: 'Description', nl: 'Beschrijving' },
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 0,
      admin: { position: 'sidebar' },
      label: { fr: 'Ordre', nl: 'Volgorde' },
    },
    {
      name: 'digcompArea',
      type: 'select',
      options: digcompAreaOptions(),
      admin: { position: 'sidebar' },
      label: { fr: 'Domaine DigComp', nl: 'DigComp-domein' },
    },
    ...translationFields(),
  ],
}
