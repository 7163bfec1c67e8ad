import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/fields/slug'
import { httpUrl } from '@/fields/url'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { lengths } from '@/fields/lengths'
import { withMaxLength } from '@/fields/maxLength'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

/** Webinars and workshops for aidants. Times are entered and shown in Belgian time (Europe/Brussels). */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { fr: 'Événement', nl: 'Evenement' }, plural: { fr: 'Événements', nl: 'Evenementen' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'capacity', '_status', 'translationStatus'],
    group: { fr: 'Média', nl: 'Media' },
  },
  defaultSort: 'startsAt',
  versions: { drafts: true, maxPerDoc: 10 },
  // Versions hold drafts and scheduled texts: staff only (by default any signed-in member reads them).
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.events), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'webinar',
      options: [
        { value: 'webinar', label: { fr: 'Webinaire', nl: 'Webinar' } },
        { value: 'workshop', label: { fr: 'Atelier', nl: 'Workshop' } },
      ],
      label: { fr: 'Type', nl: 'Soort' },
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: lengths.summary,
      required: true,
      localized: true,
      label: { fr: 'Présentation', nl: 'Voorstelling' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          timezone: {
            defaultTimezone: 'Europe/Brussels',
            supportedTimezones: [{ label: 'Bruxelles / Brussel', value: 'Europe/Brussels' }],
          },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: { fr: 'Début', nl: 'Begin' },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          timezone: {
            defaultTimezone: 'Europe/Brussels',
            supportedTimezones: [{ label: 'Bruxelles / Brussel', value: 'Europe/Brussels' }],
          },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: { fr: 'Fin', nl: 'Einde' },
        },
      ],
    },
    {
      name: 'onlineUrl',
      type: 'text',
      maxLength: lengths.url,
      validate: withMaxLength(httpUrl),
      label: { fr: 'Lien de connexion (en ligne)', nl: 'Link om deel te nemen (online)' },
    },
    {
      name: 'place',
      type: 'text',
      maxLength: lengths.shortText,
      label: { fr: 'Lieu (adresse)', nl: 'Plaats (adres)' },
    },
    {
      name: 'capacity',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: 30,
      label: { fr: 'Places', nl: 'Plaatsen' },
      admin: {
        description: {
          fr: 'Au-delà, les inscriptions vont en liste d’attente.',
          nl: 'Daarna komen inschrijvingen op een wachtlijst.',
        },
      },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      options: [
        { value: 'fr', label: { fr: 'Français', nl: 'Frans' } },
        { value: 'nl', label: { fr: 'Néerlandais', nl: 'Nederlands' } },
        { value: 'fr-nl', label: { fr: 'Bilingue', nl: 'Tweetalig' } },
      ],
      label: { fr: 'Langue', nl: 'Taal' },
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'aidants',
      options: [
        { value: 'aidants', label: { fr: 'Aidants', nl: 'Helpers' } },
        { value: 'apprenants', label: { fr: 'Apprenants', nl: 'Leerders' } },
        { value: 'tous', label: { fr: 'Tout le monde', nl: 'Iedereen' } },
      ],
      label: { fr: 'Public', nl: 'Doelgroep' },
    },
    ...translationFields(),
  ],
}
