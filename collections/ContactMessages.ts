import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { lengths } from '@/fields/lengths'
import { boundedEmail } from '@/fields/maxLength'

/** Messages sent with the contact form: kept here and e-mailed to CONTACT_EMAIL (lib/contact/send.ts). */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  labels: {
    singular: { fr: 'Message de contact', nl: 'Contactbericht' },
    plural: { fr: 'Messages de contact', nl: 'Contactberichten' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'message', 'name', 'email', 'status', 'createdAt'],
    group: { fr: 'Média', nl: 'Media' },
  },
  defaultSort: '-createdAt',
  // Created only by the contact form's server action, after its spam checks.
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    { name: 'name', type: 'text', maxLength: lengths.name, required: true, label: { fr: 'Nom', nl: 'Naam' } },
    {
      name: 'email',
      type: 'email',
      validate: boundedEmail,
      required: true,
      label: { fr: 'E-mail', nl: 'E-mail' },
    },
    {
      name: 'subject',
      type: 'text',
      maxLength: lengths.title,
      required: true,
      label: { fr: 'Sujet', nl: 'Onderwerp' },
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: lengths.message,
      required: true,
      label: { fr: 'Message', nl: 'Bericht' },
      admin: { components: { Cell: '/components/admin/ExcerptCell#ExcerptCell' } },
    },
    {
      name: 'language',
      label: { fr: 'Langue', nl: 'Taal' },
      type: 'text',
      maxLength: lengths.code,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'status',
      label: { fr: 'Statut', nl: 'Status' },
      type: 'select',
      defaultValue: 'new',
      options: [
        { value: 'new', label: { fr: 'Nouveau', nl: 'Nieuw' } },
        { value: 'handled', label: { fr: 'Traité', nl: 'Behandeld' } },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
