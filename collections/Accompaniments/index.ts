import type { CollectionConfig, Field } from 'payload'

import { activityAuthorOrReferentField } from '@/access/activityAuthorOrReferentField'
import { aidantWithStructure } from '@/access/aidantWithStructure'
import { ownerOrReferent } from '@/access/ownerOrReferent'
import { serverOnlyField } from '@/access/serverOnlyField'
import { structureWorkRead } from '@/access/structureWork'
import { lengths } from '@/fields/lengths'
import { personCodeMaxLength } from '@/lib/accompaniments/personCode'
import { accompanimentTopics } from '@/lib/accompaniments/topics'
import {
  activityKinds,
  administrativeThemes,
  ageBands,
  autonomyLevels,
  countries,
  devices,
  genders,
  levels,
  mediationThemes,
  places,
  referralTargets,
  situations,
} from '@/lib/accompaniments/vocabulary'

import { expireStatistics } from '@/lib/statistics/expiry'

import { stampAccompaniment } from '@/collections/Accompaniments/hooks/stampAccompaniment'

// Who may write each field (docs/adr/0011): the rest follows the collection's rules (the owner aidant, the
// structure's référents, staff). `aidant` and `structure` are chosen at creation — from the acting aidant by
// stampAccompaniment, or by staff — and never change; `member` and the territory are derived by the server.
const fixed = { update: serverOnlyField }
const derived = { create: serverOnlyField, update: serverOnlyField }
// About the person: their author, the structure's référents and staff read it (colleagues see the figures).
const personal = { read: activityAuthorOrReferentField }

const choices = (list: readonly { value: string; label: { fr: string; nl: string } }[]) =>
  list.map((o) => ({ value: o.value, label: o.label }))
const individual = (data: Partial<{ kind: string }> | undefined) => data?.kind !== 'collective'
const collective = (data: Partial<{ kind: string }> | undefined) => data?.kind === 'collective'

const territory: Field = {
  name: 'territory',
  type: 'group',
  label: { fr: 'Territoire (calculé)', nl: 'Gebied (berekend)' },
  admin: {
    readOnly: true,
    description: {
      fr: 'Déduit du code postal du lieu, ou de celui de la structure.',
      nl: 'Afgeleid van de postcode van de plaats, of van die van de organisatie.',
    },
  },
  fields: [
    { name: 'country', type: 'text', maxLength: lengths.code, access: derived, label: { fr: 'Pays', nl: 'Land' } },
    { name: 'region', type: 'text', maxLength: lengths.code, access: derived, label: { fr: 'Région', nl: 'Gewest' } },
    {
      name: 'province',
      type: 'text',
      maxLength: lengths.code,
      access: derived,
      label: { fr: 'Province ou département', nl: 'Provincie of departement' },
    },
    {
      name: 'municipality',
      type: 'text',
      maxLength: lengths.code,
      access: derived,
      label: { fr: 'Commune (code postal ou INSEE)', nl: 'Gemeente (postcode of INSEE)' },
    },
    {
      name: 'municipalityName',
      type: 'text',
      maxLength: lengths.name,
      access: derived,
      label: { fr: 'Nom de la commune', nl: 'Naam van de gemeente' },
    },
  ],
}

const beneficiary: Field = {
  name: 'beneficiary',
  type: 'group',
  access: personal,
  label: { fr: 'La personne (facultatif, sans nom)', nl: 'De persoon (optioneel, zonder naam)' },
  admin: { condition: individual },
  fields: [
    { name: 'gender', type: 'select', options: choices(genders), label: { fr: 'Genre', nl: 'Gender' } },
    { name: 'ageBand', type: 'select', options: choices(ageBands), label: { fr: 'Âge', nl: 'Leeftijd' } },
    { name: 'situation', type: 'select', options: choices(situations), label: { fr: 'Situation', nl: 'Situatie' } },
    {
      name: 'residencePostcode',
      type: 'text',
      maxLength: lengths.code,
      label: { fr: 'Code postal du domicile', nl: 'Postcode van de woonplaats' },
    },
    {
      name: 'firstTime',
      type: 'select',
      options: [
        { value: 'yes', label: { fr: 'Oui, première fois', nl: 'Ja, eerste keer' } },
        { value: 'no', label: { fr: 'Non, déjà accompagnée', nl: 'Nee, al eerder begeleid' } },
      ],
      label: { fr: 'Premier accompagnement ?', nl: 'Eerste begeleiding?' },
    },
  ],
}

/**
 * The activity log (issue 17): one row per one-to-one accompaniment or collective workshop an aidant ran,
 * described as La Coop de la médiation numérique does, adapted to Belgium. People stay anonymous: at most a
 * minimal profile with no name. It feeds the statistics, the exports and the open API (lib/statistics/).
 */
export const Accompaniments: CollectionConfig = {
  slug: 'accompaniments',
  labels: {
    singular: { fr: 'Activité', nl: 'Activiteit' },
    plural: { fr: 'Activités', nl: 'Activiteiten' },
  },
  admin: {
    defaultColumns: ['date', 'kind', 'themes', 'minutes', 'aidant', 'structure'],
    group: { fr: 'Suivi', nl: 'Opvolging' },
    components: { beforeList: ['/components/admin/AccompanimentTotals#AccompanimentTotals'] },
  },
  access: { read: structureWorkRead, create: aidantWithStructure, update: ownerOrReferent, delete: ownerOrReferent },
  // A save here is seen at once by this process's statistics; other instances see it within 3 s.
  hooks: { beforeChange: [stampAccompaniment], afterChange: [expireStatistics], afterDelete: [expireStatistics] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'individual',
      options: choices(activityKinds),
      label: { fr: 'Type', nl: 'Soort' },
    },
    { name: 'date', type: 'date', required: true, index: true, label: { fr: 'Date', nl: 'Datum' } },
    {
      name: 'minutes',
      type: 'number',
      required: true,
      min: 1,
      max: 600,
      label: { fr: 'Durée (min)', nl: 'Duur (min)' },
    },
    {
      name: 'themes',
      type: 'select',
      hasMany: true,
      required: true,
      options: choices(mediationThemes),
      label: { fr: 'Thèmes', nl: 'Thema’s' },
    },
    {
      name: 'procedures',
      type: 'select',
      hasMany: true,
      options: choices(administrativeThemes),
      label: { fr: 'Démarches administratives', nl: 'Administratieve aanvragen' },
    },
    {
      name: 'devices',
      type: 'select',
      hasMany: true,
      options: choices(devices),
      label: { fr: 'Matériel', nl: 'Toestel' },
    },
    {
      name: 'place',
      type: 'select',
      required: true,
      defaultValue: 'structure',
      options: choices(places),
      label: { fr: 'Lieu', nl: 'Plaats' },
    },
    {
      name: 'country',
      type: 'select',
      options: choices(countries),
      label: { fr: 'Pays du lieu', nl: 'Land van de plaats' },
    },
    {
      name: 'postcode',
      type: 'text',
      maxLength: lengths.code,
      label: { fr: 'Code postal du lieu', nl: 'Postcode van de plaats' },
      admin: {
        description: {
          fr: 'Vide : celui de la structure.',
          nl: 'Leeg: die van de organisatie.',
        },
      },
    },
    territory,
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
    { name: 'workshop', type: 'relationship', relationTo: 'workshops', label: { fr: 'Atelier', nl: 'Workshop' } },
    // A collective workshop: a title, a level, how many took part (some of them may be known participants).
    {
      name: 'title',
      type: 'text',
      maxLength: lengths.title,
      label: { fr: 'Titre de l’atelier', nl: 'Titel van de workshop' },
      admin: { condition: collective },
    },
    {
      name: 'level',
      type: 'select',
      options: choices(levels),
      label: { fr: 'Niveau', nl: 'Niveau' },
      admin: { condition: collective },
    },
    {
      name: 'participantsCount',
      type: 'number',
      min: 1,
      max: 500,
      label: { fr: 'Nombre de participants', nl: 'Aantal deelnemers' },
      admin: { condition: collective },
    },
    {
      name: 'participants',
      type: 'relationship',
      relationTo: 'workshop-participants',
      hasMany: true,
      label: { fr: 'Participants connus', nl: 'Gekende deelnemers' },
      admin: { condition: collective },
    },
    // One person: a known workshop participant, an anonymous code, or nobody named at all.
    {
      name: 'participant',
      label: { fr: 'Participant', nl: 'Deelnemer' },
      type: 'relationship',
      relationTo: 'workshop-participants',
      admin: { condition: individual },
    },
    {
      name: 'member',
      label: { fr: 'Membre', nl: 'Lid' },
      type: 'relationship',
      relationTo: 'members',
      access: derived,
      admin: { condition: individual },
    },
    {
      name: 'personCode',
      type: 'text',
      access: personal,
      // The same bound as the form (lib/accompaniments/personCode.ts).
      maxLength: personCodeMaxLength,
      label: { fr: 'Code anonyme de la personne', nl: 'Anonieme code van de persoon' },
      admin: { condition: individual },
    },
    beneficiary,
    {
      name: 'autonomy',
      type: 'select',
      options: choices(autonomyLevels),
      label: { fr: 'Autonomie', nl: 'Zelfstandigheid' },
      admin: { condition: individual },
    },
    { name: 'referred', type: 'checkbox', label: { fr: 'Orientée vers une autre structure', nl: 'Doorverwezen' } },
    {
      name: 'referredTo',
      type: 'select',
      options: choices(referralTargets),
      label: { fr: 'Orientée vers', nl: 'Doorverwezen naar' },
      admin: { condition: (data) => Boolean(data?.referred) },
    },
    {
      name: 'notes',
      type: 'textarea',
      access: personal,
      maxLength: lengths.summary,
      label: { fr: 'Notes (jamais exportées)', nl: 'Notities (nooit geëxporteerd)' },
    },
    {
      // The first log's single topic, kept read-only: the migration to v2 turned it into `themes`.
      name: 'topic',
      type: 'select',
      access: derived,
      options: accompanimentTopics.map((t) => ({ value: t.value, label: t.label })),
      label: { fr: 'Sujet (ancien journal)', nl: 'Onderwerp (oud logboek)' },
      admin: { readOnly: true, hidden: true },
    },
  ],
}
