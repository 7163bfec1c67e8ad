import { rowLabel } from '@/fields/rowLabel'
import { adminMessage } from '@/lib/payload/adminMessage'
import type { CollectionConfig, PayloadRequest } from 'payload'

import { canCreateStructure } from '@/access/canCreateStructure'
import { isStaff } from '@/access/isStaff'
import { referentOfStructure } from '@/access/referentOfStructure'
import { serverOnlyField } from '@/access/serverOnlyField'
import { staffOnlyField } from '@/access/staffOnlyField'
import { visibleStructure } from '@/access/visibleStructure'
import { httpUrl } from '@/fields/url'
import { normalizePivot, validatePivot } from '@/lib/structures/pivot'
import { selectOptions } from '@/lib/structures/options'
import { formError } from '@/lib/workshops/validation'
import { lengths } from '@/fields/lengths'
import { boundedEmail, withMaxLength } from '@/fields/maxLength'

import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { expireMapIndex } from '@/collections/Structures/hooks/expireMapIndex'
import { locateStructure } from '@/collections/Structures/hooks/locateStructure'
import { structureSlug } from '@/collections/Structures/hooks/structureSlug'

// Who may write each field (docs/adr/0011): fields without `access` follow the collection's rules (staff, or
// the structure's référents); `staffOnly` fields are curated by staff; `computed` ones only by our server.
const staffOnly = { create: staffOnlyField, update: staffOnlyField }
const computed = { create: serverOnlyField, update: serverOnlyField }
/** Structure pages are cached (app/(site)/[locale]/structures/[slug]): saving one expires them. */
const pageCache = revalidateHooks(cacheTags.structures)

/** Organisations on the map (CPAS, associations, public digital spaces…), managed by their référents. */
export const Structures: CollectionConfig = {
  slug: 'structures',
  labels: {
    singular: { fr: 'Structure', nl: 'Organisatie' },
    plural: { fr: 'Structures', nl: 'Organisaties' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'country', 'activeMemberCount', 'updatedAt'],
    group: { fr: 'Communauté', nl: 'Gemeenschap' },
  },
  access: { read: visibleStructure, create: canCreateStructure, update: referentOfStructure, delete: isStaff },
  hooks: {
    beforeChange: [structureSlug, locateStructure],
    afterChange: [expireMapIndex, ...pageCache.afterChange],
    afterDelete: [expireMapIndex, ...pageCache.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: lengths.name, required: true, label: { fr: 'Nom', nl: 'Naam' } },
    {
      name: 'slug',
      type: 'text',
      label: { fr: 'Adresse (slug)', nl: 'Adres (slug)' },
      maxLength: lengths.slug,
      required: true,
      unique: true,
      index: true,
      // Made from the name on create (hooks/structureSlug.ts); afterwards only staff change it.
      access: { create: serverOnlyField, update: staffOnlyField },
      validate: withMaxLength(
        (value: unknown, { operation, req }: { operation?: string; req: PayloadRequest }) =>
          operation === 'create' || (typeof value === 'string' && value.length > 0) || formError('required', req),
      ),
      admin: { position: 'sidebar' },
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
        {
          name: 'address',
          type: 'text',
          maxLength: lengths.shortText,
          required: true,
          label: { fr: 'Adresse', nl: 'Adres' },
        },
        {
          name: 'postcode',
          type: 'text',
          maxLength: lengths.code,
          required: true,
          label: { fr: 'Code postal', nl: 'Postcode' },
        },
        {
          name: 'city',
          type: 'text',
          maxLength: lengths.name,
          required: true,
          label: { fr: 'Commune', nl: 'Gemeente' },
        },
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
      name: 'addressComplement',
      type: 'text',
      maxLength: lengths.shortText,
      label: { fr: 'Complément d’adresse', nl: 'Aanvulling op het adres' },
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, label: { fr: 'Latitude', nl: 'Breedtegraad' } },
        { name: 'longitude', type: 'number', min: -180, max: 180, label: { fr: 'Longitude', nl: 'Lengtegraad' } },
        {
          // Set by hooks/locateStructure.ts: 'exact' once someone placed the pin, otherwise how close the
          // offline lookup got (municipality, or only the province or department).
          name: 'locationPrecision',
          type: 'select',
          options: [
            { value: 'exact', label: { fr: 'Placée à la main', nl: 'Met de hand geplaatst' } },
            { value: 'address', label: { fr: 'Adresse (géocodeur en ligne)', nl: 'Adres (online geocoder)' } },
            {
              value: 'submunicipality',
              label: { fr: 'Centre de la section de commune', nl: 'Centrum van de deelgemeente' },
            },
            { value: 'municipality', label: { fr: 'Centre de la commune', nl: 'Centrum van de gemeente' } },
            { value: 'area', label: { fr: 'Province ou département', nl: 'Provincie of departement' } },
          ],
          access: computed,
          admin: { readOnly: true },
          label: { fr: 'Précision', nl: 'Nauwkeurigheid' },
        },
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
      name: 'specificSupport',
      type: 'select',
      hasMany: true,
      options: selectOptions('specificSupport'),
      label: { fr: 'Accueil adapté', nl: 'Aangepast onthaal' },
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
    {
      name: 'fees',
      type: 'select',
      hasMany: true,
      options: selectOptions('fees'),
      label: { fr: 'Tarifs', nl: 'Kosten' },
    },
    {
      name: 'accessibility',
      type: 'select',
      hasMany: true,
      options: selectOptions('accessibility'),
      label: { fr: 'Accessibilité du lieu', nl: 'Toegankelijkheid van de plek' },
    },
    {
      name: 'openingHours',
      type: 'array',
      label: { fr: 'Horaires', nl: 'Openingsuren' },
      labels: {
        singular: { fr: 'une plage horaire', nl: 'een tijdslot' },
        plural: { fr: 'plages horaires', nl: 'tijdsloten' },
      },
      admin: { components: rowLabel('day', { fr: 'Plage horaire', nl: 'Tijdslot' }, ['opens', 'closes']) },
      fields: [
        {
          name: 'day',
          label: { fr: 'Jour', nl: 'Dag' },
          type: 'select',
          required: true,
          options: selectOptions('days'),
        },
        {
          name: 'opens',
          label: { fr: 'Ouvre à', nl: 'Opent om' },
          type: 'text',
          maxLength: lengths.code,
          required: true,
          validate: withMaxLength(hhmm),
        },
        {
          name: 'closes',
          label: { fr: 'Ferme à', nl: 'Sluit om' },
          type: 'text',
          maxLength: lengths.code,
          required: true,
          validate: withMaxLength(hhmm),
        },
      ],
    },
    { name: 'phone', type: 'text', maxLength: lengths.code, label: { fr: 'Téléphone', nl: 'Telefoon' } },
    {
      name: 'email',
      type: 'email',
      validate: boundedEmail,
      label: { fr: 'E-mail', nl: 'E-mail' },
    },
    {
      name: 'website',
      type: 'text',
      maxLength: lengths.url,
      label: { fr: 'Site web', nl: 'Website' },
      validate: withMaxLength(httpUrl),
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: lengths.longText,
      label: { fr: 'Présentation', nl: 'Voorstelling' },
    },
    {
      // The open-data "pivot": SIRET or RNA in France, the BCE/KBO enterprise number in Belgium.
      name: 'pivot',
      type: 'text',
      maxLength: lengths.code,
      validate: withMaxLength((value: unknown, { req }: { req?: Parameters<typeof adminMessage>[0] }) =>
        validatePivot(value) === true
          ? true
          : adminMessage(req, {
              fr: 'Numéro SIRET, RNA ou BCE/KBO : de 9 à 14 chiffres ou lettres.',
              nl: 'SIRET-, RNA- of KBO-nummer: 9 tot 14 cijfers of letters.',
            }),
      ),
      hooks: { beforeValidate: [({ value }) => normalizePivot(value)] },
      admin: { position: 'sidebar' },
      label: { fr: 'Identifiant officiel (SIRET, RNA, BCE)', nl: 'Officieel nummer (KBO, SIRET, RNA)' },
    },
    {
      // Who collected the data (open-data "source"); empty for structures managed on 123Digit.
      name: 'source',
      type: 'text',
      maxLength: lengths.name,
      access: staffOnly,
      admin: { position: 'sidebar' },
      label: { fr: 'Source des données', nl: 'Bron van de gegevens' },
    },
    {
      // Imported or curated places are shown even before a member manages them (access/visibleStructure.ts).
      name: 'alwaysListed',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: staffOnly,
      admin: { position: 'sidebar' },
      label: { fr: 'Visible sans membre actif', nl: 'Zichtbaar zonder actief lid' },
    },
    {
      // Kept up to date by the members hooks: a structure without active members is hidden from the map.
      name: 'activeMemberCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      access: computed,
      admin: { position: 'sidebar', readOnly: true },
      label: { fr: 'Membres actifs', nl: 'Actieve leden' },
    },
  ],
}

function hhmm(value: unknown, { req }: { req?: Parameters<typeof adminMessage>[0] }): true | string {
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
    ? true
    : adminMessage(req, {
        fr: 'Heure au format HH:MM, par exemple 09:30.',
        nl: 'Uur in de vorm UU:MM, bijvoorbeeld 09:30.',
      })
}
