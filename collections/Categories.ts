import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { lengths } from '@/fields/lengths'

/** Sections of the média ("Se lancer", "Actualités", "Témoignages"…). */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { fr: 'Catégorie', nl: 'Categorie' }, plural: { fr: 'Catégories', nl: 'Categorieën' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'], group: { fr: 'Média', nl: 'Media' } },
  defaultSort: 'name',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: revalidateHooks(cacheTags.articles),
  fields: [
    {
      name: 'name',
      type: 'text',
      maxLength: lengths.name,
      required: true,
      localized: true,
      label: { fr: 'Nom', nl: 'Naam' },
    },
    slugField('name'),
  ],
}
