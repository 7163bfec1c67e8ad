import type { CollectionConfig, PayloadRequest } from 'payload'

import { aidantWithStructure } from '@/access/aidantWithStructure'
import { ownerOrReferent } from '@/access/ownerOrReferent'
import { serverOnlyField } from '@/access/serverOnlyField'
import { structureWorkRead } from '@/access/structureWork'
import { expiryError, formError, workshopTitleMaxLength } from '@/lib/workshops/validation'
import { lengths } from '@/fields/lengths'

import { deleteWorkshopParticipants } from '@/collections/Workshops/hooks/deleteWorkshopParticipants'
import { prepareWorkshop } from '@/collections/Workshops/hooks/prepareWorkshop'

// Who may write each field (docs/adr/0011): the rest follows the collection's rules (the owner aidant, the
// structure's référents, staff). `aidant` and `structure` are chosen at creation — from the acting aidant by
// prepareWorkshop, or by staff — and never change; the code is the server's alone.
const fixed = { update: serverOnlyField }

/**
 * A new expiry must be after now and at most 90 days ahead, for every client, staff included (the form
 * checks the same with the same words). An unchanged expiry is not checked again: an expired workshop can
 * still be renamed. Only our server's own writes (overrideAccess: the seed, tests ageing a workshop) skip it.
 */
function checkExpiry(
  value: unknown,
  {
    operation,
    overrideAccess,
    previousValue,
    req,
  }: { operation?: string; overrideAccess?: boolean; previousValue?: unknown; req: PayloadRequest },
): true | string {
  const time = (v: unknown) => (typeof v === 'string' || v instanceof Date ? new Date(v).getTime() : NaN)
  if (overrideAccess) return expiryError(value, new Date()) === 'required' ? formError('required', req) : true
  if (operation === 'update' && value !== undefined && time(value) === time(previousValue)) return true
  const error = expiryError(value, new Date())
  return error ? formError(error, req) : true
}

/** Ateliers: an aidant shares modules, parcours or a diagnostic with learners through a short access code. */
export const Workshops: CollectionConfig = {
  slug: 'workshops',
  labels: { singular: { fr: 'Atelier', nl: 'Workshop' }, plural: { fr: 'Ateliers', nl: 'Workshops' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'date', 'expiresAt', 'structure', 'aidant'],
    group: { fr: 'Suivi', nl: 'Opvolging' },
  },
  access: { read: structureWorkRead, create: aidantWithStructure, update: ownerOrReferent, delete: ownerOrReferent },
  hooks: { beforeChange: [prepareWorkshop], beforeDelete: [deleteWorkshopParticipants] },
  fields: [
    // The same bound as the form (lib/workshops/validation.ts).
    {
      name: 'title',
      type: 'text',
      maxLength: workshopTitleMaxLength,
      required: true,
      label: { fr: 'Titre', nl: 'Titel' },
    },
    { name: 'date', type: 'date', required: true, label: { fr: 'Date', nl: 'Datum' } },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      index: true,
      validate: checkExpiry,
      label: { fr: 'Le code expire le', nl: 'De code vervalt op' },
    },
    {
      name: 'code',
      type: 'text',
      maxLength: lengths.code,
      index: true,
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: { readOnly: true },
      label: { fr: 'Code d’accès', nl: 'Toegangscode' },
    },
    {
      name: 'aidant',
      label: { fr: 'Aidant', nl: 'Helper' },
      type: 'relationship',
      relationTo: 'members',
      required: true,
      index: true,
      access: fixed,
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
    {
      name: 'modules',
      type: 'relationship',
      relationTo: 'modules',
      hasMany: true,
      label: { fr: 'Modules', nl: 'Modules' },
    },
    {
      name: 'parcours',
      type: 'relationship',
      relationTo: 'parcours',
      hasMany: true,
      label: { fr: 'Parcours', nl: 'Leertrajecten' },
    },
    {
      name: 'diagnostic',
      type: 'select',
      label: { fr: 'Diagnostic partagé', nl: 'Gedeelde diagnose' },
      options: [
        { value: 'simulator', label: { fr: 'Simulateur', nl: 'Simulator' } },
        { value: 'situation', label: { fr: 'Questionnaire de situation', nl: 'Situatievragenlijst' } },
      ],
    },
  ],
}
