import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { referentOrStaffRead } from '@/access/referentOrStaffRead'
import { serverOnlyField } from '@/access/serverOnlyField'
import { serverWritesOnly } from '@/access/serverWritesOnly'
import { lengths } from '@/fields/lengths'

const derived = { create: serverOnlyField, update: serverOnlyField }

/**
 * Read-only links to a statistics page for a funder (lib/statistics/links.ts): a référent's structure or the
 * platform, a period and filters fixed at creation. The token is the link; revoking it stops it at once.
 * Created and revoked on the site's statistics page; staff may revoke any here.
 */
export const StatisticsLinks: CollectionConfig = {
  slug: 'statistics-links',
  labels: {
    singular: { fr: 'Lien public de statistiques', nl: 'Openbare statistiekenlink' },
    plural: { fr: 'Liens publics de statistiques', nl: 'Openbare statistiekenlinks' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'scope', 'structure', 'createdAt', 'revokedAt'],
    group: { fr: 'Statistiques', nl: 'Statistieken' },
  },
  access: { read: referentOrStaffRead, create: serverWritesOnly, update: isStaff, delete: serverWritesOnly },
  fields: [
    {
      name: 'label',
      type: 'text',
      maxLength: lengths.title,
      required: true,
      access: derived,
      label: { fr: 'Nom', nl: 'Naam' },
    },
    {
      name: 'token',
      label: { fr: 'Jeton', nl: 'Token' },
      type: 'text',
      maxLength: lengths.key,
      unique: true,
      required: true,
      access: derived,
      admin: { readOnly: true },
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
    // The filters as a query string of the statistics page (lib/statistics/filters.ts reads it again).
    {
      name: 'query',
      label: { fr: 'Requête', nl: 'Zoekopdracht' },
      type: 'text',
      maxLength: lengths.url,
      access: derived,
      admin: { readOnly: true },
    },
    {
      name: 'createdBy',
      label: { fr: 'Créé par', nl: 'Gemaakt door' },
      type: 'relationship',
      relationTo: ['members', 'users'],
      access: derived,
    },
    { name: 'revokedAt', type: 'date', label: { fr: 'Révoqué le', nl: 'Ingetrokken op' } },
  ],
}
