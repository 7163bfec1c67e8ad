import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publicMediaOrStaff } from '@/access/publicMediaOrStaff'
import { serverOnlyField } from '@/access/serverOnlyField'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { lengths } from '@/fields/lengths'
import { proposalFileTypes } from '@/lib/resources/fileTypes'

/**
 * Images, PDFs, videos and captions, on local disk by default (data/uploads, git-ignored), in an S3-compatible
 * bucket when S3_BUCKET is set (lib/payload/storage.ts). Alt text is required.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { fr: 'Média', nl: 'Media' }, plural: { fr: 'Médias', nl: 'Media' } },
  admin: { group: { fr: 'Contenu', nl: 'Inhoud' }, defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'] },
  access: { read: publicMediaOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: revalidateHooks(cacheTags.media),
  upload: {
    staticDir: 'data/uploads',
    // Videos of formation steps and their WebVTT captions, besides images and PDFs; office documents proposed
    // with community resources (lib/resources/fileCheck.ts checks them from their content first).
    mimeTypes: ['image/*', 'application/pdf', 'video/mp4', 'video/webm', 'text/vtt', ...Object.keys(proposalFileTypes)],
    imageSizes: [{ name: 'card', width: 640 }],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      maxLength: lengths.shortText,
      required: true,
      localized: true,
      label: { fr: 'Texte alternatif', nl: 'Alternatieve tekst' },
      admin: {
        description: {
          fr: 'Décrit l’image pour les personnes qui ne la voient pas.',
          nl: 'Beschrijft de afbeelding voor wie ze niet ziet.',
        },
      },
    },
    // The storage plugin's folder within the bucket (lib/payload/storage.ts), bounded like every text field;
    // the plugin keeps its own settings and hooks on it.
    { name: 'prefix', type: 'text', maxLength: lengths.key, admin: { hidden: true, readOnly: true } },
    {
      // The file of a resource proposal, private until an editor approves it (lib/resources/releaseProposalFile.ts).
      name: 'awaitingReview',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Fichier d’une proposition à vérifier', nl: 'Bestand van een voorstel dat nog nagekeken wordt' },
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
