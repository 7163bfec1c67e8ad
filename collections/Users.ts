import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin, requestIsAdmin } from '@/access/isAdmin'
import { requestIsStaff } from '@/access/isStaff'
import { credentialTypes } from '@/lib/auth/credentialTypes'
import { clearLoginFailures, countRestLoginFailure, forgotPasswordEndpoint, guardLogin } from '@/lib/auth/loginGuard'
import { staffResetEmailHtml } from '@/lib/auth/staffResetEmail'
import { lengths } from '@/fields/lengths'
import { boundedEmail } from '@/fields/maxLength'

/** Editorial staff: the only accounts that can open /admin. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Membre de l’équipe', nl: 'Teamlid' },
    plural: { fr: 'Équipe éditoriale', nl: 'Redactieteam' },
  },
  auth: {
    // Payload's own lock counts failures per account, so anyone could lock an admin out: off.
    // lib/auth/loginGuard.ts counts per address and per (account, address) instead.
    maxLoginAttempts: 0,
    forgotPassword: { generateEmailHTML: staffResetEmailHtml },
  },
  endpoints: [forgotPasswordEndpoint('users')],
  hooks: {
    beforeOperation: [guardLogin],
    beforeValidate: [credentialTypes],
    afterOperation: [clearLoginFailures],
    afterError: [countRestLoginFailure],
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: { fr: 'Administration', nl: 'Beheer' },
  },
  access: {
    admin: ({ req }) => requestIsStaff(req),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', maxLength: lengths.name, label: { fr: 'Nom', nl: 'Naam' } },
    {
      name: 'role',
      label: { fr: 'Rôle', nl: 'Rol' },
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: [
        { value: 'admin', label: { fr: 'Administrateur', nl: 'Beheerder' } },
        { value: 'editor', label: { fr: 'Éditeur', nl: 'Redacteur' } },
      ],
      // Only an admin may grant or change a role; an editor editing their profile cannot promote themself.
      access: { update: ({ req }) => requestIsAdmin(req) },
    },
    // Payload's own sign-in field, given a bound (merged with Payload's definition, which keeps its place).
    { name: 'email', label: { fr: 'E-mail', nl: 'E-mail' }, type: 'email', validate: boundedEmail },
  ],
}
