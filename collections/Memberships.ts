import type { CollectionConfig } from 'payload'

import { membershipCreate } from '../access/membershipCreate'
import { membershipManage } from '../access/membershipManage'
import { membershipRead } from '../access/membershipRead'

/** Join requests (a member asks to join) and invitations (a référent invites by e-mail). */
export const Memberships: CollectionConfig = {
  slug: 'memberships',
  labels: {
    singular: { fr: 'Demande ou invitation', nl: 'Aanvraag of uitnodiging' },
    plural: { fr: 'Demandes et invitations', nl: 'Aanvragen en uitnodigingen' },
  },
  admin: {
    defaultColumns: ['kind', 'structure', 'member', 'email', 'status', 'createdAt'],
    group: { fr: 'Communauté', nl: 'Gemeenschap' },
  },
  access: { read: membershipRead, create: membershipCreate, update: membershipManage, delete: membershipManage },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'request', label: { fr: 'Demande d’adhésion', nl: 'Aanvraag' } },
        { value: 'invitation', label: { fr: 'Invitation', nl: 'Uitnodiging' } },
      ],
    },
    { name: 'structure', type: 'relationship', relationTo: 'structures', required: true, index: true },
    { name: 'member', type: 'relationship', relationTo: 'members', index: true },
    { name: 'email', type: 'email', admin: { condition: (data) => data?.kind === 'invitation' } },
    {
      name: 'profile',
      type: 'select',
      defaultValue: 'aidant',
      options: [
        { value: 'aidant', label: { fr: 'Aidant', nl: 'Helper' } },
        { value: 'apprenant', label: { fr: 'Apprenant', nl: 'Leerder' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { fr: 'En attente', nl: 'In afwachting' } },
        { value: 'accepted', label: { fr: 'Acceptée', nl: 'Aanvaard' } },
        { value: 'refused', label: { fr: 'Refusée', nl: 'Geweigerd' } },
        { value: 'cancelled', label: { fr: 'Annulée', nl: 'Geannuleerd' } },
      ],
    },
    // Only the SHA-256 of an invitation token is stored, and never returned: the link in the e-mail is the secret.
    { name: 'tokenHash', type: 'text', index: true, hidden: true },
    { name: 'expiresAt', type: 'date' },
    { name: 'invitedBy', type: 'relationship', relationTo: 'members' },
    { name: 'decidedAt', type: 'date' },
  ],
}
