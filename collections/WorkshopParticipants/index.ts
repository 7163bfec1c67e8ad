import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { learnerDataRead } from '@/access/learnerDataRead'
import { serverOnlyField } from '@/access/serverOnlyField'
import { staffOnlyField } from '@/access/staffOnlyField'
import { issuePersonalCode } from '@/collections/WorkshopParticipants/hooks/issuePersonalCode'
import { lengths } from '@/fields/lengths'

const personalCode = {
  type: 'text',
  maxLength: lengths.key,
  access: { read: staffOnlyField, create: serverOnlyField, update: serverOnlyField },
  admin: { hidden: true },
} as const

/**
 * A learner in a workshop: often without an account, known by a first name or a pseudonym and bound to the
 * browser by a signed, http-only cookie (lib/workshops/session.ts), or found again on another device by their
 * personal code (docs/adr/0022). Written by our server only.
 */
export const WorkshopParticipants: CollectionConfig = {
  slug: 'workshop-participants',
  labels: {
    singular: { fr: 'Participant à un atelier', nl: 'Deelnemer aan een workshop' },
    plural: { fr: 'Participants aux ateliers', nl: 'Deelnemers aan workshops' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'workshop', 'member', 'shared', 'createdAt'],
    group: { fr: 'Suivi', nl: 'Opvolging' },
  },
  access: { read: learnerDataRead, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeChange: [issuePersonalCode] },
  fields: [
    {
      name: 'workshop',
      label: { fr: 'Atelier', nl: 'Workshop' },
      type: 'relationship',
      relationTo: 'workshops',
      required: true,
      index: true,
    },
    // Copied from the workshop, so the access rule can filter on it.
    {
      name: 'structure',
      label: { fr: 'Structure', nl: 'Organisatie' },
      type: 'relationship',
      relationTo: 'structures',
      required: true,
      index: true,
    },
    {
      name: 'name',
      type: 'text',
      maxLength: lengths.personName,
      required: true,
      label: { fr: 'Prénom ou pseudo', nl: 'Voornaam of schuilnaam' },
    },
    { name: 'member', label: { fr: 'Membre', nl: 'Lid' }, type: 'relationship', relationTo: 'members', index: true },
    {
      name: 'shared',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Accepte de partager sa progression', nl: 'Deelt de voortgang' },
    },
    { name: 'sharedAt', type: 'date', label: { fr: 'Accord donné le', nl: 'Toestemming gegeven op' } },
    { name: 'lastSeenAt', label: { fr: 'Vu pour la dernière fois', nl: 'Laatst gezien' }, type: 'date' },
    // The personal code (lib/workshops/personalCode.ts): a keyed hash to find the participant, and a sealed
    // copy to print the card again. Credentials: staff alone may read them through the API (the aidant's
    // follow-up and the learner's own reads never carry them), and no client writes them, staff included.
    { name: 'personalCodeHash', index: true, ...personalCode },
    { name: 'personalCodeSealed', ...personalCode },
  ],
}
