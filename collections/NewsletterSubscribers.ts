import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { boundedEmail } from '@/fields/maxLength'
import { languageOptions } from '@/fields/languageOptions'

/** Newsletter readers, one language each, subscribed by double opt-in (lib/newsletter/subscribe-to-newsletter.ts). */
export const NewsletterSubscribers: CollectionConfig = {
  slug: 'newsletter-subscribers',
  labels: {
    singular: { fr: 'Abonné·e', nl: 'Abonnee' },
    plural: { fr: 'Abonnés à la newsletter', nl: 'Abonnees nieuwsbrief' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'language', 'status', 'createdAt'],
    group: { fr: 'Newsletter', nl: 'Nieuwsbrief' },
  },
  // Subscribing, confirming and unsubscribing go through our own routes, which check their signed links.
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    {
      name: 'email',
      type: 'email',
      validate: boundedEmail,
      required: true,
      unique: true,
      label: { fr: 'E-mail', nl: 'E-mail' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      index: true,
      options: languageOptions,
      label: { fr: 'Langue', nl: 'Taal' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { fr: 'En attente de confirmation', nl: 'Wacht op bevestiging' } },
        { value: 'confirmed', label: { fr: 'Confirmé', nl: 'Bevestigd' } },
        { value: 'unsubscribed', label: { fr: 'Désabonné', nl: 'Uitgeschreven' } },
      ],
      label: { fr: 'Statut', nl: 'Status' },
    },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true }, label: { fr: 'Confirmé le', nl: 'Bevestigd op' } },
    {
      name: 'unsubscribedAt',
      type: 'date',
      admin: { readOnly: true },
      label: { fr: 'Désabonné le', nl: 'Uitgeschreven op' },
    },
  ],
}
