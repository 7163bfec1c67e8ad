import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { faqCategories } from '@/lib/faq/categories'
import { lengths } from '@/fields/lengths'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

/** The help centre's questions and answers, grouped by category on /faq. */
export const Faq: CollectionConfig = {
  slug: 'faq',
  labels: { singular: { fr: 'Question fréquente', nl: 'Veelgestelde vraag' }, plural: { fr: 'FAQ', nl: 'FAQ' } },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', 'order', 'translationStatus'],
    group: { fr: 'Média', nl: 'Media' },
  },
  defaultSort: 'order',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.faq), beforeChange: [recordTranslationStatus] },
  fields: [
    {
      name: 'question',
      type: 'text',
      maxLength: lengths.title,
      required: true,
      localized: true,
      label: { fr: 'Question', nl: 'Vraag' },
    },
    // The anchor of the question on /faq (#slug), the same in both languages.
    slugField('question'),
    { name: 'answer', type: 'richText', required: true, localized: true, label: { fr: 'Réponse', nl: 'Antwoord' } },
    {
      name: 'category',
      type: 'select',
      required: true,
      options: faqCategories.map((value) => ({
        value,
        label: { fr: fr.faq.categories[value], nl: nl.faq.categories[value] },
      })),
      label: { fr: 'Catégorie', nl: 'Categorie' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { fr: 'Ordre', nl: 'Volgorde' },
      admin: { position: 'sidebar' },
    },
    ...translationFields(),
  ],
}
