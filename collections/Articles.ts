import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedArticleOrStaff } from '@/access/publishedArticleOrStaff'
import { previewFor } from '@/fields/preview'
import { slugField } from '@/fields/slug'
import { Callout } from '@/blocks/Callout'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { lengths } from '@/fields/lengths'
import { titleField } from '@/fields/title'

/**
 * The média's articles. Localized: an article may exist in French only; the Dutch site then lists it
 * nowhere and its Dutch URL shows the French text, marked as French (docs/adr/0008).
 */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { fr: 'Article', nl: 'Artikel' }, plural: { fr: 'Articles', nl: 'Artikels' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: { fr: 'Média', nl: 'Media' },
    preview: previewFor('articles'),
  },
  defaultSort: '-publishedAt',
  versions: { drafts: true, maxPerDoc: 30 },
  // Versions hold drafts and scheduled texts: staff only (by default any signed-in member reads them).
  access: { read: publishedArticleOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: revalidateHooks(cacheTags.articles),
  fields: [
    titleField(),
    slugField(),
    {
      name: 'excerpt',
      type: 'textarea',
      maxLength: lengths.shortText,
      required: true,
      localized: true,
      label: { fr: 'Chapeau', nl: 'Inleiding' },
      admin: {
        description: { fr: 'Deux phrases, montrées dans la liste.', nl: 'Twee zinnen, getoond in de lijst.' },
      },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', required: true, label: { fr: 'Image', nl: 'Afbeelding' } },
    {
      name: 'content',
      type: 'richText',
      required: true,
      localized: true,
      label: { fr: 'Texte', nl: 'Tekst' },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'link'),
          // Links may point to a module or a community resource, not only to a web address.
          LinkFeature({ enabledCollections: ['modules', 'community-resources'] }),
          BlocksFeature({ blocks: [Callout] }),
        ],
      }),
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: { fr: 'Catégories', nl: 'Categorieën' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      maxLength: lengths.title,
      hasMany: true,
      label: { fr: 'Mots-clés', nl: 'Trefwoorden' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'text',
      maxLength: lengths.name,
      required: true,
      defaultValue: 'L’équipe 123Digit',
      label: { fr: 'Auteur', nl: 'Auteur' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { fr: 'Date de publication', nl: 'Publicatiedatum' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          fr: 'Une date future programme l’article : publié, il n’apparaît qu’à cette date.',
          nl: 'Een datum in de toekomst plant het artikel: gepubliceerd verschijnt het pas op die datum.',
        },
      },
    },
    {
      name: 'seo',
      type: 'group',
      label: { fr: 'Référencement', nl: 'Zoekmachines' },
      fields: [
        {
          name: 'title',
          type: 'text',
          maxLength: lengths.title,
          localized: true,
          label: { fr: 'Titre SEO', nl: 'SEO-titel' },
        },
        {
          name: 'description',
          type: 'textarea',
          maxLength: lengths.seoDescription,
          localized: true,
          label: { fr: 'Description SEO', nl: 'SEO-beschrijving' },
        },
        { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Image de partage', nl: 'Deelafbeelding' } },
      ],
    },
  ],
}
