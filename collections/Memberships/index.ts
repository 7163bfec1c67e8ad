import type { CollectionConfig } from 'payload'

import { membershipCreate } from '@/access/membershipCreate'
import { membershipManage } from '@/access/membershipManage'
import { membershipRead } from '@/access/membershipRead'
import { serverOnlyField } from '@/access/serverOnlyField'
import { lengths } from '@/fields/lengths'
import { boundedEmail } from '@/fields/maxLength'

import { settleMembership } from '@/collections/Memberships/hooks/settleMembership'

// Who may write each field (docs/adr/0011): `fixed` fields are chosen at creation and never change through
// the API; `serverOnly` fields are never taken from a client (settleMembership fills them in).
const fixed = { update: serverOnlyField }
const serverOnly = { create: serverOnlyField, update: serverOnlyField }

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
  hooks: { beforeChange: [settleMembership] },
  fields: [
    {
      name: 'kind',
      label: { fr: 'Type', nl: 'Soort' },
      type: 'select',
      required: true,
      access: fixed,
      options: [
        { value: 'request', label: { fr: 'Demande d’adhésion', nl: 'Aanvraag' } },
        { value: 'invitation', label: { fr: 'Invitation', nl: 'Uitnodiging' } },
      ],
    },
    {
      name: 'structure',
      label: { fr: 'Structure', nl: 'Organisatie' },
      type: 'relationship',
      relationTo: 'structures',
      required: true,
      index: true,
      access: fixed,
    },
    // A request's member is the one who asked; an invitation's is set by the server when it is accepted.
    {
      name: 'member',
      label: { fr: 'Membre', nl: 'Lid' },
      type: 'relationship',
      relationTo: 'members',
      index: true,
      access: fixed,
    },
    {
      name: 'email',
      label: { fr: 'E-mail', nl: 'E-mail' },
      type: 'email',
      validate: boundedEmail,
      access: fixed,
      admin: { condition: (data) => data?.kind === 'invitation' },
    },
    {
      name: 'profile',
      label: { fr: 'Profil', nl: 'Profiel' },
      type: 'select',
      access: fixed,
      defaultValue: 'aidant',
      options: [
        { value: 'aidant', label: { fr: 'Aidant', nl: 'Helper' } },
        { value: 'apprenant', label: { fr: 'Apprenant', nl: 'Leerder' } },
      ],
    },
    {
      name: 'status',
      label: { fr: 'Statut', nl: 'Status' },
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      // Every new request or invitation is pending; deciding is an update (access/membershipManage.ts).
      access: { create: serverOnlyField },
      options: [
        { value: 'pending', label: { fr: 'En attente', nl: 'In afwachting' } },
        { value: 'accepted', label: { fr: 'Acceptée', nl: 'Aanvaard' } },
        { value: 'refused', label: { fr: 'Refusée', nl: 'Geweigerd' } },
        { value: 'cancelled', label: { fr: 'Annulée', nl: 'Geannuleerd' } },
      ],
    },
    // Only the SHA-256 of an invitation token is stored, and never returned: the link in the e-mail is the secret.
    { name: 'tokenHash', type: 'text', maxLength: lengths.key, index: true, hidden: true, access: serverOnly },
    { name: 'expiresAt', label: { fr: 'Expire le', nl: 'Verloopt op' }, type: 'date', access: serverOnly },
    {
      name: 'invitedBy',
      label: { fr: 'Invité·e par', nl: 'Uitgenodigd door' },
      type: 'relationship',
      relationTo: 'members',
      access: serverOnly,
    },
    { name: 'decidedAt', label: { fr: 'Décidé le', nl: 'Beslist op' }, type: 'date', access: serverOnly },
  ],
}
