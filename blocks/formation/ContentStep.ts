import { stepRowLabel } from '@/fields/rowLabel'
import type { Block } from 'payload'

import { stepCommonFields } from './shared'
import { titleField } from '@/fields/title'

/** A step that explains: text, with an optional illustration and an optional captioned video. */
export const ContentStep: Block = {
  slug: 'content',
  interfaceName: 'ContentStepBlock',
  labels: { singular: { fr: 'Contenu', nl: 'Inhoud' }, plural: { fr: 'Contenus', nl: 'Inhoud' } },
  admin: stepRowLabel('title', { fr: 'Contenu', nl: 'Inhoud' }),
  fields: [
    titleField(),
    { name: 'body', type: 'richText', required: true, localized: true, label: { fr: 'Texte', nl: 'Tekst' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Illustration', nl: 'Illustratie' } },
    {
      name: 'video',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Vidéo (MP4 ou WebM)', nl: 'Video (MP4 of WebM)' },
      filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
    },
    {
      name: 'captions',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Sous-titres de la vidéo (fichier WebVTT)', nl: 'Ondertitels van de video (WebVTT-bestand)' },
      filterOptions: { mimeType: { equals: 'text/vtt' } },
      admin: {
        condition: (_, siblingData) => Boolean(siblingData?.video),
        description: {
          fr: 'Une vidéo doit avoir des sous-titres pour les personnes sourdes ou malentendantes.',
          nl: 'Een video moet ondertitels hebben voor dove en slechthorende mensen.',
        },
      },
    },
    ...stepCommonFields,
  ],
}
