import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff'

/** Messages sent with the contact form: kept here and e-mailed to CONTACT_EMAIL (lib/contact/send.ts). */
export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  labels: {
    singular: { fr: 'Message de contact', nl: 'Contactbericht' },
    plural: { fr: 'Messages de contact', nl: 'Contactberichten' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'name', 'status', 'createdAt'],
    group: { fr: 'Média', nl: 'Media' },
  },
  defaultSort: '-createdAt',
  // Created only by the contact form's server action, after its spam checks.
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { fr: 'Nom', nl: 'Naam' } },
    { name: 'email', type: 'email', required: true, label: { fr: 'E-mail', nl: 'E-mail' } },
    { name: 'subject', type: 'text', required: true, maxLength: 150, label: { fr: 'Sujet', nl: 'Onderwerp' } },
    { name: 'message', type: 'textarea', required: true, maxLength: 5000, label: { fr: 'Message', nl: 'Bericht' } },
    { name: 'language', type: 'text', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'status',
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
