import type { CollectionConfig } from 'payload'

import { approvedCommentOrStaff } from '@/access/approvedCommentOrStaff'
import { isStaff } from '@/access/isStaff'
import { staffOnlyField } from '@/access/staffOnlyField'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { lengths } from '@/fields/lengths'
import { boundedEmail } from '@/fields/maxLength'
import { languageLabel, languageOptions } from '@/fields/languageOptions'

/**
 * Readers' comments on articles. Anyone may write one through the article page (lib/media/comments.ts:
 * honeypot and rate limit); it waits for moderation here. The e-mail address is never published.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: { fr: 'Commentaire', nl: 'Reactie' }, plural: { fr: 'Commentaires', nl: 'Reacties' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['body', 'article', 'name', 'status', 'createdAt'],
    group: { fr: 'Média', nl: 'Media' },
    description: {
      fr: 'Approuvez un commentaire pour le publier sous l’article.',
      nl: 'Keur een reactie goed om ze onder het artikel te publiceren.',
    },
  },
  defaultSort: '-createdAt',
  // Created only by our server action (it checks spam first); the REST API does not take comments.
  access: { read: approvedCommentOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: revalidateHooks(cacheTags.comments),
  fields: [
    {
      name: 'article',
      label: { fr: 'Article', nl: 'Artikel' },
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
    },
    { name: 'name', type: 'text', maxLength: lengths.name, required: true, label: { fr: 'Nom', nl: 'Naam' } },
    {
      name: 'email',
      type: 'email',
      validate: boundedEmail,
      required: true,
      access: { read: staffOnlyField },
      label: { fr: 'E-mail (jamais publié)', nl: 'E-mail (nooit gepubliceerd)' },
    },
    {
      name: 'body',
      type: 'textarea',
      maxLength: lengths.message,
      required: true,
      label: { fr: 'Commentaire', nl: 'Reactie' },
      admin: { components: { Cell: '/components/admin/ExcerptCell#ExcerptCell' } },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'fr',
      options: languageOptions,
      label: languageLabel,
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { fr: 'À modérer', nl: 'Te modereren' } },
        { value: 'approved', label: { fr: 'Publié', nl: 'Gepubliceerd' } },
        { value: 'rejected', label: { fr: 'Refusé', nl: 'Geweigerd' } },
      ],
      label: { fr: 'Statut', nl: 'Status' },
      admin: { position: 'sidebar' },
    },
  ],
}
