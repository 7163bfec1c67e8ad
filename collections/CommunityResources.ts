import type { CollectionConfig, PayloadRequest } from 'payload'

import { approvedOrStaff } from '@/access/approvedOrStaff'
import { isStaff } from '@/access/isStaff'
import { levelField } from '@/fields/level'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { isHttpUrl } from '@/lib/http/url'
import { lengths } from '@/fields/lengths'
import { withMaxLength } from '@/fields/maxLength'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

const licenceOptions = [
  { value: 'cc-by', label: 'CC BY 4.0' },
  { value: 'cc-by-sa', label: 'CC BY-SA 4.0' },
  { value: 'cc-by-nc-sa', label: 'CC BY-NC-SA 4.0' },
  { value: 'public-domain', label: { fr: 'Domaine public', nl: 'Publiek domein' } },
  { value: 'all-rights-reserved', label: { fr: 'Tous droits réservés', nl: 'Alle rechten voorbehouden' } },
]

/** Third-party resources shared with the community, shown once moderated. */
export const CommunityResources: CollectionConfig = {
  slug: 'community-resources',
  labels: {
    singular: { fr: 'Ressource de la communauté', nl: 'Gemeenschapsbron' },
    plural: { fr: 'Ressources de la communauté', nl: 'Gemeenschapsbronnen' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'moderationStatus', 'level', 'translationStatus', 'updatedAt'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
  },
  access: { read: approvedOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.communityResources), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'description',
      type: 'textarea',
      maxLength: lengths.summary,
      required: true,
      localized: true,
      label: { fr: 'Description', nl: 'Beschrijving' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'authorPerson',
          type: 'text',
          maxLength: lengths.name,
          label: { fr: 'Auteur (personne)', nl: 'Auteur (persoon)' },
        },
        {
          name: 'authorOrganisation',
          type: 'text',
          maxLength: lengths.name,
          label: { fr: 'Auteur (organisation)', nl: 'Auteur (organisatie)' },
        },
      ],
    },
    {
      name: 'url',
      type: 'text',
      maxLength: lengths.url,
      label: { fr: 'Lien', nl: 'Link' },
      validate: withMaxLength(
        (value: unknown, { siblingData }: { siblingData: Record<string, unknown>; req: PayloadRequest }) => {
          if (!value)
            return siblingData.file ? true : 'Un lien ou un fichier est requis / Een link of bestand is verplicht'
          // http(s) only, the same rule as every web-address field (fields/url.ts).
          return isHttpUrl(value) || 'Adresse web invalide / Ongeldig webadres'
        },
      ),
    },
    { name: 'file', type: 'upload', relationTo: 'media', label: { fr: 'Fichier', nl: 'Bestand' } },
    {
      name: 'theme',
      type: 'relationship',
      relationTo: 'themes',
      required: true,
      label: { fr: 'Thématique', nl: 'Thema' },
      admin: { position: 'sidebar' },
    },
    levelField(),
    {
      name: 'licence',
      type: 'select',
      required: true,
      options: licenceOptions,
      label: { fr: 'Licence', nl: 'Licentie' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'resourceLanguage',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'nl', label: 'Nederlands' },
        { value: 'both', label: { fr: 'Français et néerlandais', nl: 'Frans en Nederlands' } },
      ],
      label: { fr: 'Langue de la ressource', nl: 'Taal van de bron' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'moderationStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { fr: 'En attente', nl: 'In afwachting' } },
        { value: 'approved', label: { fr: 'Approuvée', nl: 'Goedgekeurd' } },
        { value: 'rejected', label: { fr: 'Refusée', nl: 'Geweigerd' } },
      ],
      label: { fr: 'Modération', nl: 'Moderatie' },
      admin: { position: 'sidebar' },
    },
    ...translationFields(),
  ],
}
