import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { lengths } from '@/fields/lengths'

/** Click-throughs from a newsletter to an article: one counter per (newsletter, article). */
export const NewsletterClicks: CollectionConfig = {
  slug: 'newsletter-clicks',
  labels: { singular: { fr: 'Clic', nl: 'Klik' }, plural: { fr: 'Clics de newsletter', nl: 'Kliks nieuwsbrief' } },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['newsletter', 'article', 'clicks'],
    group: { fr: 'Newsletter', nl: 'Nieuwsbrief' },
  },
  access: { read: isStaff, create: () => false, update: () => false, delete: isStaff },
  fields: [
    {
      name: 'key',
      label: { fr: 'Clé technique', nl: 'Technische sleutel' },
      type: 'text',
      maxLength: lengths.key,
      required: true,
      unique: true,
      admin: { readOnly: true },
    },
    {
      name: 'newsletter',
      label: { fr: 'Newsletter', nl: 'Nieuwsbrief' },
      type: 'relationship',
      relationTo: 'newsletters',
      required: true,
      index: true,
    },
    {
      name: 'article',
      label: { fr: 'Article', nl: 'Artikel' },
      type: 'relationship',
      relationTo: 'articles',
      required: true,
    },
    { name: 'clicks', type: 'number', required: true, defaultValue: 0, label: { fr: 'Clics', nl: 'Kliks' } },
  ],
}
