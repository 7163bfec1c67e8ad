import { languageOptions } from '@/fields/languageOptions'
import type { CollectionConfig, Field, TextareaFieldValidation } from 'payload'

import { isStaff } from '@/access/isStaff'
import { learnerDataRead } from '@/access/learnerDataRead'
import { serverOnlyField } from '@/access/serverOnlyField'
import { serverWritesOnly } from '@/access/serverWritesOnly'
import { staffOnlyField } from '@/access/staffOnlyField'
import { lengths } from '@/fields/lengths'
import { withMaxLength } from '@/fields/maxLength'
import { stampRevocation } from './hooks/stampRevocation'

/** Set by our server when it issues the badge (lib/badges/issue-badges.ts); nobody changes it after. */
const issued = { create: serverOnlyField, update: serverOnlyField }
const readOnly = { readOnly: true }

/** A revocation says why: the public page shows the reason to whoever checks the badge. */
const reasonWhenRevoked: TextareaFieldValidation = withMaxLength((value, { siblingData, req }) =>
  (siblingData as { revoked?: boolean }).revoked && !value?.trim() ? req.t('validation:required') : true,
)

const relation = (
  name: string,
  relationTo: 'members' | 'workshop-participants' | 'workshops' | 'structures',
  label: { fr: string; nl: string },
): Field => ({
  name,
  label,
  type: 'relationship',
  relationTo,
  index: true,
  access: issued,
  admin: readOnly,
})

/**
 * Open Badges 3.0 credentials a learner earned: a level gained in a theme, or a parcours completed. Issued
 * by our server only, once per learner and achievement (the unique `key`), signed as a VC-JWT
 * (lib/badges/credential.ts). Read like progress (access/learnerDataRead.ts): the learner, staff, and the
 * aidants of the structure when the learner agreed to share. Staff may revoke (with a reason); the learner
 * chooses on the site whether the public page shows their first name (lib/badges/set-badge-name-choice.ts).
 */
export const Badges: CollectionConfig = {
  slug: 'badges',
  labels: { singular: { fr: 'Badge', nl: 'Badge' }, plural: { fr: 'Badges', nl: 'Badges' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'member', 'participant', 'structure', 'issuedAt', 'revoked'],
    group: { fr: 'Suivi', nl: 'Opvolging' },
  },
  access: { read: learnerDataRead, create: serverWritesOnly, update: isStaff, delete: serverWritesOnly },
  hooks: { beforeChange: [stampRevocation] },
  fields: [
    // The id in public URLs: a random UUID, never the row's number (which would let anyone walk the badges).
    {
      name: 'publicId',
      label: { fr: 'Identifiant public', nl: 'Openbare id' },
      type: 'text',
      maxLength: lengths.code,
      required: true,
      unique: true,
      index: true,
      access: issued,
      admin: readOnly,
    },
    // "m<member>:<achievement>" or "p<participant>:<achievement>": one badge per learner and achievement,
    // whichever instance saves the progress that earns it.
    {
      name: 'key',
      label: { fr: 'Clé technique', nl: 'Technische sleutel' },
      type: 'text',
      maxLength: lengths.key,
      required: true,
      unique: true,
      access: issued,
      admin: readOnly,
    },
    // "theme-<id>-level-<n>" or "parcours-<id>": what was achieved, as the credential names it.
    {
      name: 'achievement',
      label: { fr: 'Réussite', nl: 'Prestatie' },
      type: 'text',
      maxLength: lengths.key,
      required: true,
      index: true,
      access: issued,
      admin: readOnly,
    },
    // The achievement's name in the credential's language, for the admin's lists.
    {
      name: 'title',
      label: { fr: 'Titre', nl: 'Titel' },
      type: 'text',
      maxLength: lengths.title,
      access: issued,
      admin: readOnly,
    },
    {
      name: 'kind',
      label: { fr: 'Type', nl: 'Soort' },
      type: 'select',
      required: true,
      options: [
        { value: 'level', label: { fr: 'Niveau gagné', nl: 'Niveau behaald' } },
        { value: 'parcours', label: { fr: 'Parcours terminé', nl: 'Leertraject voltooid' } },
      ],
      access: issued,
      admin: readOnly,
    },
    {
      name: 'theme',
      label: { fr: 'Thématique', nl: 'Thema' },
      type: 'relationship',
      relationTo: 'themes',
      access: issued,
      admin: readOnly,
    },
    {
      name: 'level',
      label: { fr: 'Niveau', nl: 'Niveau' },
      type: 'number',
      min: 0,
      max: 3,
      access: issued,
      admin: readOnly,
    },
    {
      name: 'parcours',
      label: { fr: 'Parcours', nl: 'Leertraject' },
      type: 'relationship',
      relationTo: 'parcours',
      access: issued,
      admin: readOnly,
    },
    relation('member', 'members', { fr: 'Membre', nl: 'Lid' }),
    relation('participant', 'workshop-participants', { fr: 'Participant', nl: 'Deelnemer' }),
    relation('workshop', 'workshops', { fr: 'Atelier', nl: 'Workshop' }),
    relation('structure', 'structures', { fr: 'Structure', nl: 'Organisatie' }),
    // Copied from the participant's consent when issued, so the access rule can filter on it.
    {
      name: 'shared',
      label: { fr: 'Partagé avec la structure', nl: 'Gedeeld met de organisatie' },
      type: 'checkbox',
      defaultValue: false,
      access: issued,
      admin: readOnly,
    },
    {
      name: 'showName',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Prénom visible sur la page publique', nl: 'Voornaam zichtbaar op de openbare pagina' },
      access: issued,
      admin: readOnly,
    },
    {
      name: 'lang',
      label: { fr: 'Langue', nl: 'Taal' },
      type: 'select',
      required: true,
      options: languageOptions,
      access: issued,
      admin: readOnly,
    },
    {
      name: 'issuedAt',
      label: { fr: 'Délivré le', nl: 'Uitgereikt op' },
      type: 'date',
      required: true,
      access: issued,
      admin: readOnly,
    },
    // The signed credential (VC-JWT) exactly as issued: what the learner downloads.
    {
      name: 'credential',
      label: { fr: 'Attestation signée', nl: 'Ondertekend bewijs' },
      type: 'textarea',
      maxLength: lengths.longText,
      required: true,
      access: issued,
      admin: readOnly,
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Révoqué', nl: 'Ingetrokken' },
      access: { create: serverOnlyField, update: staffOnlyField },
    },
    {
      name: 'revocationReason',
      type: 'textarea',
      maxLength: lengths.summary,
      label: { fr: 'Raison de la révocation', nl: 'Reden van de intrekking' },
      validate: reasonWhenRevoked,
      access: { create: serverOnlyField, update: staffOnlyField },
      admin: { condition: (_, sibling) => Boolean(sibling?.revoked) },
    },
    {
      name: 'revokedAt',
      label: { fr: 'Révoqué le', nl: 'Ingetrokken op' },
      type: 'date',
      access: issued,
      admin: readOnly,
    },
  ],
}
