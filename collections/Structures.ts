import type { CollectionConfig } from 'payload'

import { canCreateStructure } from '../access/canCreateStructure'
import { isStaff } from '../access/isStaff'
import { referentOfStructure } from '../access/referentOfStructure'
import { visibleStructure } from '../access/visibleStructure'
import { selectOptions } from '../lib/structures/options'
import { slugify } from '../lib/text/slugify'

const noWrite = { create: () => false, update: () => false }

/** Organisations on the map (CPAS, associations, public digital spaces…), managed by their référents. */
export const Structures: CollectionConfig = {
  slug: 'structures',
  labels: {
    singular: { fr: 'Structure', nl: 'Organisatie' },
    plural: { fr: 'Structures', nl: 'Organisaties' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'country', 'activeMemberCount'],
    group: { fr: 'Communauté', nl: 'Gemeenschap' },
  },
  access: { read: visibleStructure, create: canCreateStructure, update: referentOfStructure, delete: isStaff },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', nl: 'Naam' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
      hooks: {
        beforeValidate: [({ value, data }) => (typeof value === 'string' && value ? value : slugify(data?.name ?? ''))],
      },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: selectOptions('type'),
      label: { fr: 'Type', nl: 'Soort' },
    },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', required: true, label: { fr: 'Adresse', nl: 'Adres' } },
        { name: 'postcode', type: 'text', required: true, label: { fr: 'Code postal', nl: 'Postcode' } },
        { name: 'city', type: 'text', required: true, label: { fr: 'Commune', nl: 'Gemeente' } },
        {
          name: 'country',
          type: 'select',
          required: true,
          defaultValue: 'BE',
          options: [
            { value: 'BE', label: { fr: 'Belgique', nl: 'België' } },
            { value: 'FR', label: { fr: 'France', nl: 'Frankrijk' } },
          ],
          label: { fr: 'Pays', nl: 'Land' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, label: { fr: 'Latitude', nl: 'Breedtegraad' } },
        { name: 'longitude', type: 'number', min: -180, max: 180, label: { fr: 'Longitude', nl: 'Lengtegraad' } },
      ],
    },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      options: selectOptions('audiences'),
      label: { fr: 'Publics', nl: 'Doelgroepen' },
    },
    {
      name: 'services',
      type: 'select',
      hasMany: true,
      options: selectOptions('services'),
      label: { fr: 'Services', nl: 'Diensten' },
    },
    {
      name: 'accompanimentModes',
      type: 'select',
      hasMany: true,
      options: selectOptions('accompanimentModes'),
      label: { fr: 'Modes d’accompagnement', nl: 'Vormen van begeleiding' },
    },
    { name: 'fees', type: 'select', options: selectOptions('fees'), label: { fr: 'Tarifs', nl: 'Kosten' } },
    {
      name: 'openingHours',
      type: 'array',
      label: { fr: 'Horaires', nl: 'Openingsuren' },
      fields: [
        { name: 'day', type: 'select', required: true, options: selectOptions('days') },
        { name: 'opens', type: 'text', required: true, validate: hhmm },
        { name: 'closes', type: 'text', required: true, validate: hhmm },
      ],
    },
    { name: 'phone', type: 'text', label: { fr: 'Téléphone', nl: 'Telefoon' } },
    { name: 'email', type: 'email', label: { fr: 'E-mail', nl: 'E-mail' } },
    { name: 'website', type: 'text', label: { fr: 'Site web', nl: 'Website' } },
    { name: 'description', type: 'textarea', label: { fr: 'Présentation', nl: 'Voorstelling' } },
    {
      // Kept up to date by the members hooks: a structure without active members is hidden from the map.
      name: 'activeMemberCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      access: noWrite,
      admin: { position: 'sidebar', readOnly: true },
      label: { fr: 'Membres actifs', nl: 'Actieve leden' },
    },
  ],
}

function hhmm(value: unknown): true | string {
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'HH:MM'
}
