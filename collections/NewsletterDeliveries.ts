import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { lengths } from '@/fields/lengths'

/**
 * One row per (newsletter, subscriber), written before the mail leaves: its unique key is what makes a
 * resumed sending skip everyone already mailed, so nobody gets the same issue twice.
 */
export const NewsletterDeliveries: CollectionConfig = {
  slug: 'newsletter-deliveries',
  labels: {
    singular: { fr: 'Envoi', nl: 'Verzending' },
    plural: { fr: 'Envois de newsletter', nl: 'Verzendingen nieuwsbrief' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['newsletter', 'subscriber', 'status', 'updatedAt'],
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
      name: 'subscriber',
      label: { fr: 'Abonné·e', nl: 'Abonnee' },
      type: 'relationship',
      relationTo: 'newsletter-subscribers',
      required: true,
    },
    {
      name: 'status',
      label: { fr: 'Statut', nl: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'sending',
      options: [
        { value: 'sending', label: { fr: 'En cours', nl: 'Bezig' } },
        { value: 'sent', label: { fr: 'Envoyé', nl: 'Verstuurd' } },
        { value: 'failed', label: { fr: 'Échec', nl: 'Mislukt' } },
      ],
    },
    {
      name: 'error',
      label: { fr: 'Erreur', nl: 'Fout' },
      type: 'text',
      maxLength: lengths.summary,
      admin: { readOnly: true },
    },
  ],
}
