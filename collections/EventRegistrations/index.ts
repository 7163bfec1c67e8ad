import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { lengths } from '@/fields/lengths'
import { boundedEmail } from '@/fields/maxLength'

import { keepSeatKeys } from './hooks/keepSeatKeys'

/** Who registered for which event: confirmed within capacity, otherwise on the waiting list. */
export const EventRegistrations: CollectionConfig = {
  slug: 'event-registrations',
  labels: { singular: { fr: 'Inscription', nl: 'Inschrijving' }, plural: { fr: 'Inscriptions', nl: 'Inschrijvingen' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'status', 'createdAt'],
    group: { fr: 'Média', nl: 'Media' },
  },
  defaultSort: 'createdAt',
  // Registrations come through lib/events/register-for-event.ts (spam checks, capacity); the REST API takes none.
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  // Places left are shown on the event page.
  hooks: { ...revalidateHooks(cacheTags.events), beforeChange: [keepSeatKeys] },
  fields: [
    {
      name: 'event',
      label: { fr: 'Événement', nl: 'Evenement' },
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
    },
    { name: 'name', type: 'text', maxLength: lengths.name, required: true, label: { fr: 'Nom', nl: 'Naam' } },
    {
      name: 'email',
      type: 'email',
      validate: boundedEmail,
      required: true,
      index: true,
      label: { fr: 'E-mail', nl: 'E-mail' },
    },
    { name: 'structure', type: 'text', maxLength: lengths.name, label: { fr: 'Structure', nl: 'Organisatie' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      options: [
        { value: 'confirmed', label: { fr: 'Confirmée', nl: 'Bevestigd' } },
        { value: 'waitlist', label: { fr: 'Liste d’attente', nl: 'Wachtlijst' } },
        { value: 'cancelled', label: { fr: 'Annulée', nl: 'Geannuleerd' } },
      ],
      label: { fr: 'Statut', nl: 'Status' },
    },
    {
      // Staff tick it after the training: registrations that attended count as aidants trained (issue 17).
      name: 'attended',
      type: 'checkbox',
      index: true,
      label: { fr: 'A participé', nl: 'Was aanwezig' },
    },
    {
      name: 'language',
      label: { fr: 'Langue', nl: 'Taal' },
      type: 'text',
      maxLength: lengths.code,
      admin: { readOnly: true, position: 'sidebar' },
    },
    // Unique keys that make the database refuse an oversold seat or a second live registration of one address,
    // whichever server instance writes (lib/events/seats.ts; kept by hooks/keepSeatKeys.ts).
    {
      name: 'seat',
      type: 'text',
      maxLength: lengths.key,
      unique: true,
      admin: { readOnly: true, position: 'sidebar' },
      label: { fr: 'Place', nl: 'Plaats' },
    },
    { name: 'attendee', type: 'text', maxLength: lengths.key, unique: true, admin: { hidden: true } },
  ],
}
