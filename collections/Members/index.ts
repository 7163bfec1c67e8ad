import { languageOptions } from '@/fields/languageOptions'
import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { selfOrStaff } from '@/access/selfOrStaff'
import { serverOnlyField } from '@/access/serverOnlyField'
import { staffOnlyField } from '@/access/staffOnlyField'
import { clearLoginFailures, countRestLoginFailure, forgotPasswordEndpoint, guardLogin } from '@/lib/auth/loginGuard'
import { resetEmailHtml, resetEmailSubject } from '@/lib/members/resetEmail'
import { nameMaxLength } from '@/lib/members/validation'
import { lengths } from '@/fields/lengths'
import { boundedEmail, boundedUsername } from '@/fields/maxLength'

import { deleteMemberWork } from '@/collections/Members/hooks/deleteMemberWork'
import { endSessionsAfterReset } from '@/collections/Members/hooks/endSessionsAfterReset'
import { forgetPasswordGrants } from '@/collections/Members/hooks/forgetPasswordGrants'
import { protectCredentials } from '@/collections/Members/hooks/protectCredentials'
import { credentialTypes } from '@/lib/auth/credentialTypes'
import { recountAfterChange } from '@/collections/Members/hooks/recountAfterChange'
import { recountAfterDelete } from '@/collections/Members/hooks/recountAfterDelete'

const staffWrites = { create: staffOnlyField, update: staffOnlyField }

/**
 * Aidants and apprenants: a second auth collection, separate from staff `users`, so a member can never open
 * /admin. Apprenants sign in with a username and may have no e-mail address.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: {
    singular: { fr: 'Membre', nl: 'Lid' },
    plural: { fr: 'Membres', nl: 'Leden' },
  },
  auth: {
    loginWithUsername: { allowEmailLogin: true, requireEmail: false, requireUsername: false },
    // Payload's own lock counts failures per account, so anyone could lock anyone: off. lib/auth/loginGuard.ts
    // counts per address and per (account, address) on every login route instead.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailHTML: resetEmailHtml,
      generateEmailSubject: resetEmailSubject,
    },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'username', 'profile', 'structure', 'structureRole'],
    group: { fr: 'Communauté', nl: 'Gemeenschap' },
  },
  access: { read: selfOrStaff, update: selfOrStaff, delete: selfOrStaff, create: isStaff },
  endpoints: [forgotPasswordEndpoint('members')],
  hooks: {
    beforeOperation: [guardLogin],
    beforeValidate: [credentialTypes],
    beforeChange: [protectCredentials],
    beforeDelete: [forgetPasswordGrants, deleteMemberWork],
    afterChange: [recountAfterChange],
    afterDelete: [recountAfterDelete],
    afterOperation: [clearLoginFailures, endSessionsAfterReset],
    afterError: [countRestLoginFailure],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      // The same bound as the site's forms (lib/members/validation.ts checkName).
      maxLength: nameMaxLength,
      label: { fr: 'Prénom ou pseudo', nl: 'Voornaam of schuilnaam' },
    },
    {
      name: 'profile',
      type: 'select',
      required: true,
      saveToJWT: true,
      access: staffWrites,
      options: [
        { value: 'aidant', label: { fr: 'Aidant', nl: 'Helper' } },
        { value: 'apprenant', label: { fr: 'Apprenant', nl: 'Leerder' } },
      ],
      label: { fr: 'Profil', nl: 'Profiel' },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      options: languageOptions,
      label: { fr: 'Langue', nl: 'Taal' },
    },
    {
      // Staff move members in /admin (a second référent, a transfer); members go through the site's flows.
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      index: true,
      access: staffWrites,
      label: { fr: 'Structure', nl: 'Organisatie' },
    },
    {
      name: 'structureRole',
      type: 'select',
      access: staffWrites,
      options: [
        { value: 'referent', label: { fr: 'Référent', nl: 'Referent' } },
        { value: 'member', label: { fr: 'Membre', nl: 'Lid' } },
      ],
      label: { fr: 'Rôle dans la structure', nl: 'Rol in de organisatie' },
    },
    {
      name: 'mustChangePassword',
      type: 'checkbox',
      defaultValue: false,
      access: staffWrites,
      admin: { description: { fr: 'Mot de passe temporaire à changer.', nl: 'Tijdelijk wachtwoord te wijzigen.' } },
      label: { fr: 'Doit changer son mot de passe', nl: 'Moet wachtwoord wijzigen' },
    },
    {
      name: 'joinedStructureAt',
      label: { fr: 'A rejoint la structure le', nl: 'Lid van de organisatie sinds' },
      type: 'date',
      access: staffWrites,
      admin: { readOnly: true },
    },
    {
      // Goes up with every new password (hooks/protectCredentials.ts); a site session from before ends.
      name: 'sessionVersion',
      type: 'number',
      defaultValue: 0,
      hidden: true,
      access: { create: serverOnlyField, update: serverOnlyField },
    },
    // Payload's own sign-in fields, given a bound (merged with Payload's definitions, which keep their place).
    { name: 'email', type: 'email', validate: boundedEmail, label: { fr: 'E-mail', nl: 'E-mail' } },
    {
      name: 'username',
      type: 'text',
      maxLength: lengths.username,
      validate: boundedUsername,
      label: { fr: 'Nom d’utilisateur', nl: 'Gebruikersnaam' },
    },
  ],
}
