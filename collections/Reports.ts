import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type PayloadRequest } from 'payload'
import { relationship } from 'payload/shared'

import { requestMember } from '@/access/isMember'
import { isStaff } from '@/access/isStaff'
import { serverOnlyField } from '@/access/serverOnlyField'
import { staffOnlyField } from '@/access/staffOnlyField'
import { lengths } from '@/fields/lengths'
import { reporterOrStaff } from '@/access/reporterOrStaff'
import { signedInMember } from '@/access/signedInMember'
import { adminMessage } from '@/lib/payload/adminMessage'
import { reportsByMember } from '@/lib/resources/limits'
import { reportReasons } from '@/lib/resources/reportReasons'

const targets = ['community-resources', 'modules'] as const

const reasonLabels = {
  outdated: { fr: 'Obsolète', nl: 'Verouderd' },
  'broken-link': { fr: 'Lien cassé', nl: 'Kapotte link' },
  error: { fr: 'Erreur', nl: 'Fout' },
  inappropriate: { fr: 'Contenu inapproprié', nl: 'Ongepaste inhoud' },
}

/**
 * The reporter is whoever is signed in, whatever was sent; and a member's reports are counted here, so the
 * REST API is held to the same rate as the site's form.
 */
const setReporter: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const member = requestMember(req)
  if (!member) return data
  if (!(await reportsByMember.take(String(member.id))))
    throw new APIError(
      adminMessage(req, {
        fr: 'Trop de signalements : réessayez plus tard.',
        nl: 'Te veel meldingen: probeer het later opnieuw.',
      }),
      429,
      undefined,
      true,
    )
  return { ...data, reporter: member.id }
}

/**
 * Only what the reporter can read may be reported: a pending proposal or a draft module answers as a document
 * that does not exist, so the answer tells nothing of what exists. Read with the requester's own rights.
 */
async function visibleToReporter(req: PayloadRequest, collection: (typeof targets)[number], id: unknown) {
  if (typeof id !== 'number' && typeof id !== 'string') return false
  const doc = await req.payload.findByID({
    collection,
    id,
    req,
    overrideAccess: false,
    disableErrors: true,
    depth: 0,
    select: {},
  })
  return doc !== null
}

/** Members report a community resource or a module (outdated, broken link…); the editorial team handles it. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: {
    singular: { fr: 'Signalement', nl: 'Melding' },
    plural: { fr: 'Signalements', nl: 'Meldingen' },
  },
  admin: {
    defaultColumns: ['target', 'reason', 'comment', 'createdAt', 'status'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
    description: {
      fr: 'Les signalements des membres : les ouverts attendent une vérification.',
      nl: 'Meldingen van leden: de open meldingen wachten op controle.',
    },
  },
  access: { read: reporterOrStaff, create: signedInMember, update: isStaff, delete: isStaff },
  hooks: { beforeChange: [setReporter] },
  fields: [
    {
      name: 'target',
      type: 'relationship',
      relationTo: [...targets],
      required: true,
      index: true,
      label: { fr: 'Contenu signalé', nl: 'Gemelde inhoud' },
      access: { update: serverOnlyField },
      // Payload's own check lets a value naming another collection through (it was stored and answered 201).
      validate: async (value: unknown, options: Parameters<typeof relationship>[1]) => {
        const target = value as { relationTo?: unknown; value?: unknown } | null
        const known =
          target &&
          typeof target === 'object' &&
          (targets as readonly unknown[]).includes(target.relationTo) &&
          (await visibleToReporter(options.req, target.relationTo as (typeof targets)[number], target.value))
        return known
          ? relationship(value as Parameters<typeof relationship>[0], options)
          : adminMessage(options.req, {
              fr: 'Choisissez un module ou une ressource.',
              nl: 'Kies een module of een bron.',
            })
      },
    },
    {
      name: 'reason',
      type: 'select',
      required: true,
      label: { fr: 'Motif', nl: 'Reden' },
      access: { update: serverOnlyField },
      options: reportReasons.map((value) => ({ value, label: reasonLabels[value] })),
    },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: lengths.message,
      label: { fr: 'Commentaire', nl: 'Opmerking' },
      access: { update: serverOnlyField },
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: { fr: 'Signalé par', nl: 'Gemeld door' },
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      label: { fr: 'Statut', nl: 'Status' },
      access: { create: staffOnlyField, update: staffOnlyField },
      options: [
        { value: 'open', label: { fr: 'Ouvert', nl: 'Open' } },
        { value: 'resolved', label: { fr: 'Traité', nl: 'Afgehandeld' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'staffNote',
      type: 'textarea',
      maxLength: lengths.summary,
      label: { fr: 'Note de l’équipe', nl: 'Notitie van het team' },
      access: { create: staffOnlyField, update: staffOnlyField, read: staffOnlyField },
      admin: { position: 'sidebar' },
    },
  ],
}
