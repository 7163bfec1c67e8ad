import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { referentOrStaffRead } from '@/access/referentOrStaffRead'
import { serverOnlyField } from '@/access/serverOnlyField'
import { serverWritesOnly } from '@/access/serverWritesOnly'
import { lengths } from '@/fields/lengths'

const derived = { create: serverOnlyField, update: serverOnlyField }

/**
 * Keys for the open statistics API (/api/v1, lib/statistics/apiKeys.ts). A référent makes one for their
 * structure's figures, staff for the platform's, on the site's statistics page: the key is shown once there
 * and only its SHA-256 is kept. Staff revoke any key here; nobody writes a key through the API.
 */
export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: { singular: { fr: 'Clé d’API', nl: 'API-sleutel' }, plural: { fr: 'Clés d’API', nl: 'API-sleutels' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'prefix', 'scope', 'structure', 'lastUsedAt', 'revokedAt'],
    group: { fr: 'Statistiques', nl: 'Statistieken' },
    description: {
      fr: 'Les clés se créent sur la page Statistiques du site ; ici, on les révoque.',
      nl: 'Sleutels maak je aan op de pagina Statistieken van de site; hier trek je ze in.',
    },
  },
  access: { read: referentOrStaffRead, create: serverWritesOnly, update: isStaff, delete: serverWritesOnly },
  fields: [
    {
      name: 'name',
      type: 'text',
      maxLength: lengths.name,
      required: true,
      access: derived,
      label: { fr: 'Nom', nl: 'Naam' },
    },
    {
      name: 'prefix',
      type: 'text',
      maxLength: lengths.code,
      access: derived,
      label: { fr: 'Début de la clé', nl: 'Begin van de sleutel' },
    },
    {
      name: 'keyHash',
      type: 'text',
      maxLength: lengths.key,
      unique: true,
      required: true,
      access: { ...derived, read: serverOnlyField },
      admin: { hidden: true },
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      access: derived,
      options: [
        { value: 'structure', label: { fr: 'Une structure', nl: 'Eén organisatie' } },
        { value: 'platform', label: { fr: 'Toute la plateforme', nl: 'Het hele platform' } },
      ],
      label: { fr: 'Portée', nl: 'Bereik' },
    },
    {
      name: 'structure',
      label: { fr: 'Structure', nl: 'Organisatie' },
      type: 'relationship',
      relationTo: 'structures',
      index: true,
      access: derived,
    },
    {
      name: 'createdBy',
      label: { fr: 'Créée par', nl: 'Gemaakt door' },
      type: 'relationship',
      relationTo: ['members', 'users'],
      access: derived,
    },
    { name: 'lastUsedAt', type: 'date', access: derived, label: { fr: 'Dernier usage', nl: 'Laatst gebruikt' } },
    {
      name: 'revokedAt',
      type: 'date',
      label: { fr: 'Révoquée le', nl: 'Ingetrokken op' },
      admin: { description: { fr: 'Une date : la clé ne marche plus.', nl: 'Een datum: de sleutel werkt niet meer.' } },
    },
  ],
}
