import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { serverOnlyField } from '@/access/serverOnlyField'
import { sendNewsletterEndpoint, sendTestEndpoint } from '@/lib/newsletter/endpoints'
import { lengths } from '@/fields/lengths'
import { languageOptions } from '@/fields/languageOptions'

/**
 * A newsletter issue, for the subscribers of one language: an introduction, chosen articles and events.
 * Editors send a test to themselves, then send it (buttons under the title; lib/newsletter/send.ts).
 */
/** Counted by the sending (lib/newsletter/send.ts, overrideAccess): nobody writes them, staff included. */
const computed = { create: serverOnlyField, update: serverOnlyField }

export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  labels: { singular: { fr: 'Newsletter', nl: 'Nieuwsbrief' }, plural: { fr: 'Newsletters', nl: 'Nieuwsbrieven' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'language', 'status', 'sentAt', 'updatedAt'],
    group: { fr: 'Newsletter', nl: 'Nieuwsbrief' },
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  endpoints: [sendTestEndpoint, sendNewsletterEndpoint],
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: { components: { Field: '/components/admin/NewsletterActions#NewsletterActions' } },
    },
    {
      name: 'subject',
      type: 'text',
      maxLength: lengths.title,
      required: true,
      label: { fr: 'Objet de l’e-mail', nl: 'Onderwerp van de e-mail' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      options: languageOptions,
      label: { fr: 'Langue (abonnés destinataires)', nl: 'Taal (ontvangende abonnees)' },
    },
    {
      name: 'intro',
      type: 'textarea',
      maxLength: lengths.longText,
      required: true,
      label: { fr: 'Introduction', nl: 'Inleiding' },
    },
    {
      name: 'articles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: { fr: 'Articles', nl: 'Artikels' },
    },
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: { fr: 'Événements', nl: 'Evenementen' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: { fr: 'Brouillon', nl: 'Ontwerp' } },
        { value: 'sending', label: { fr: 'Envoi en cours', nl: 'Wordt verstuurd' } },
        { value: 'sent', label: { fr: 'Envoyée', nl: 'Verstuurd' } },
      ],
      admin: { position: 'sidebar', readOnly: true },
      label: { fr: 'Statut', nl: 'Status' },
    },
    {
      name: 'sentAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true },
      label: { fr: 'Envoyée le', nl: 'Verstuurd op' },
    },
    {
      name: 'sentCount',
      type: 'number',
      access: computed,
      admin: { position: 'sidebar', readOnly: true },
      label: { fr: 'E-mails envoyés', nl: 'Verstuurde e-mails' },
    },
    // The sending's progress, updated after each batch by whichever instance runs it (lib/newsletter/send.ts).
    {
      name: 'failedCount',
      type: 'number',
      access: computed,
      admin: { position: 'sidebar', readOnly: true },
      label: { fr: 'E-mails en échec', nl: 'Mislukte e-mails' },
    },
    {
      name: 'totalCount',
      type: 'number',
      access: computed,
      admin: { position: 'sidebar', readOnly: true },
      label: { fr: 'Abonnés destinataires', nl: 'Ontvangende abonnees' },
    },
    {
      // How many readers followed each article link (lib/newsletter/clicks.ts).
      name: 'clicks',
      type: 'join',
      collection: 'newsletter-clicks',
      on: 'newsletter',
      admin: { defaultColumns: ['article', 'clicks'] },
      label: { fr: 'Clics par article', nl: 'Kliks per artikel' },
    },
  ],
}
