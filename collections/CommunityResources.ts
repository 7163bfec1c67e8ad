import type { CollectionConfig, PayloadRequest } from 'payload'

import { isStaff } from '@/access/isStaff'
import { serverOnlyField } from '@/access/serverOnlyField'
import { staffOnlyField } from '@/access/staffOnlyField'
import { levelField } from '@/fields/level'
import { slugField } from '@/fields/slug'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { isHttpUrl } from '@/lib/http/url'
import { lengths } from '@/fields/lengths'
import { withMaxLength } from '@/fields/maxLength'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'
import { approvedOrOwnProposal } from '@/access/approvedOrOwnProposal'
import { staffOrProposerField } from '@/access/staffOrProposerField'
import { adminMessage } from '@/lib/payload/adminMessage'
import { releaseProposalFile } from '@/lib/resources/releaseProposalFile'
import { languageOptions } from '@/fields/languageOptions'
import { licences } from '@/lib/resources/licences'
import { mailDecision } from '@/lib/resources/decisionMail'

// Older values stay valid; contributors choose among lib/resources/licences.ts's proposableLicences.
const licenceOptions = licences.map(({ value, label }) => ({ value, label: { ...label } }))

// Set by the server from the session (lib/resources/propose-resource.ts); read by staff and the contributor.
const proposerField = { create: serverOnlyField, update: serverOnlyField, read: staffOrProposerField }
// Moderation is the editorial team's: a contributor never approves their own proposal (docs/adr/0030).
const moderationField = { create: staffOnlyField, update: staffOnlyField }
const revalidate = revalidateHooks(cacheTags.communityResources)

/**
 * Third-party resources shared with the community, shown once moderated: entered by staff, or proposed by
 * aidants from their space (pending until an editor approves or refuses them with a reason).
 */
export const CommunityResources: CollectionConfig = {
  slug: 'community-resources',
  labels: {
    singular: { fr: 'Ressource de la communauté', nl: 'Gemeenschapsbron' },
    plural: { fr: 'Ressources de la communauté', nl: 'Gemeenschapsbronnen' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'moderationStatus', 'proposedBy', 'licence', 'translationStatus', 'updatedAt'],
    description: {
      fr: 'Les propositions des aidants attendent avec la modération « En attente » : filtrez sur ce statut.',
      nl: 'Voorstellen van helpers wachten met moderatie ‘In afwachting’: filter op die status.',
    },
    group: { fr: 'Catalogue', nl: 'Catalogus' },
  },
  access: { read: approvedOrOwnProposal, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    ...revalidate,
    beforeChange: [recordTranslationStatus],
    afterChange: [...revalidate.afterChange, mailDecision, releaseProposalFile],
  },
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
      name: 'audience',
      type: 'text',
      maxLength: lengths.shortText,
      localized: true,
      label: { fr: 'Public', nl: 'Doelgroep' },
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
        ...languageOptions,
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
      access: moderationField,
      admin: { position: 'sidebar' },
    },
    {
      name: 'refusalReason',
      type: 'textarea',
      maxLength: lengths.summary,
      label: { fr: 'Motif du refus', nl: 'Reden van de weigering' },
      access: { ...moderationField, read: staffOrProposerField },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.moderationStatus === 'rejected',
        description: {
          fr: 'Envoyé par e-mail à la personne qui a proposé la ressource, et visible dans son espace.',
          nl: 'Wordt gemaild naar wie de bron voorstelde, en is zichtbaar in diens ruimte.',
        },
      },
      validate: withMaxLength(
        (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest }) =>
          siblingData.moderationStatus !== 'rejected' || (typeof value === 'string' && value.trim())
            ? true
            : adminMessage(req, { fr: 'Indiquez le motif du refus.', nl: 'Geef de reden van de weigering.' }),
      ),
    },
    {
      name: 'proposedBy',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: { fr: 'Proposée par', nl: 'Voorgesteld door' },
      access: proposerField,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'proposedStructure',
      type: 'relationship',
      relationTo: 'structures',
      label: { fr: 'Au nom de la structure', nl: 'Namens de organisatie' },
      access: proposerField,
      admin: { position: 'sidebar', readOnly: true },
    },
    ...translationFields(),
  ],
}
