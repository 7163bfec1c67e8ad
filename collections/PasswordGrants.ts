import type { CollectionConfig } from 'payload'

import { passwordGrantRead } from '@/access/passwordGrantRead'
import { serverWritesOnly } from '@/access/serverWritesOnly'
import { lengths } from '@/fields/lengths'

/**
 * Each temporary password an aidant gave a learner (lib/members/reset-apprenant-password.ts): who, for
 * whom, in which structure, when. Shown to the structure's référents on their structure page. The password
 * itself is never stored. Written by the server only.
 */
export const PasswordGrants: CollectionConfig = {
  slug: 'password-grants',
  labels: {
    singular: { fr: 'Mot de passe temporaire donné', nl: 'Gegeven tijdelijk wachtwoord' },
    plural: { fr: 'Mots de passe temporaires donnés', nl: 'Gegeven tijdelijke wachtwoorden' },
  },
  admin: {
    defaultColumns: ['learner', 'givenByName', 'structure', 'createdAt'],
    group: { fr: 'Communauté', nl: 'Gemeenschap' },
  },
  access: { read: passwordGrantRead, create: serverWritesOnly, update: serverWritesOnly, delete: serverWritesOnly },
  fields: [
    {
      name: 'learner',
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      label: { fr: 'Apprenant', nl: 'Leerder' },
    },
    {
      // Emptied if the aidant deletes their account; the name below keeps the record readable.
      name: 'givenBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: { fr: 'Donné par', nl: 'Gegeven door' },
    },
    {
      name: 'givenByName',
      type: 'text',
      maxLength: lengths.name,
      required: true,
      label: { fr: 'Nom de l’aidant', nl: 'Naam van de helper' },
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      required: true,
      index: true,
      label: { fr: 'Structure', nl: 'Organisatie' },
    },
  ],
}
