import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, requestIsAdmin } from '../access/isAdmin'
import { requestIsStaff } from '../access/isStaff'

/** Editorial staff: the only accounts that can open /admin. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Membre de l’équipe', nl: 'Teamlid' },
    plural: { fr: 'Équipe éditoriale', nl: 'Redactieteam' },
  },
  auth: true,
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
    { name: 'name', type: 'text', label: { fr: 'Nom', nl: 'Naam' } },
    {
      name: 'role',
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
  ],
}
