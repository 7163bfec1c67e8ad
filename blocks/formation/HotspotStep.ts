import { stepRowLabel } from '@/fields/rowLabel'
import type { Block, Field } from 'payload'

import { stepCommonFields } from './shared'
import { lengths } from '@/fields/lengths'

const percent = (name: string, label: { fr: string; nl: string }): Field => ({
  name,
  type: 'number',
  required: true,
  min: 0,
  max: 100,
  label,
  admin: { width: '25%' },
})

/** "Touch the right place on the picture": the answer is a zone of the image, in percent of its size. */
export const HotspotStep: Block = {
  slug: 'hotspot',
  interfaceName: 'HotspotStepBlock',
  labels: {
    singular: { fr: 'Zone à trouver sur une image', nl: 'Zone aanwijzen op een afbeelding' },
    plural: { fr: 'Zones à trouver sur une image', nl: 'Zones aanwijzen op een afbeelding' },
  },
  admin: stepRowLabel('question', { fr: 'Zone à trouver sur une image', nl: 'Zone aanwijzen op een afbeelding' }),
  fields: [
    {
      name: 'question',
      type: 'text',
      maxLength: lengths.shortText,
      required: true,
      localized: true,
      label: { fr: 'Question', nl: 'Vraag' },
    },
    {
      // Per language: a screen shows its words in one language. Same layout in both, the zone is shared.
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      required: true,
      localized: true,
      label: { fr: 'Image', nl: 'Afbeelding' },
      admin: {
        description: {
          fr: 'Une image par langue, avec la même mise en page : la zone correcte est commune.',
          nl: 'Eén afbeelding per taal, met dezelfde opmaak: de juiste zone is voor beide talen gelijk.',
        },
      },
    },
    {
      name: 'zone',
      type: 'group',
      label: { fr: 'Zone correcte (en % de l’image)', nl: 'Juiste zone (in % van de afbeelding)' },
      admin: {
        description: {
          fr: 'Depuis le coin en haut à gauche : position (x, y) puis largeur et hauteur, de 0 à 100.',
          nl: 'Vanaf de hoek linksboven: positie (x, y), dan breedte en hoogte, van 0 tot 100.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            percent('x', { fr: 'x (gauche)', nl: 'x (links)' }),
            percent('y', { fr: 'y (haut)', nl: 'y (boven)' }),
            percent('width', { fr: 'Largeur', nl: 'Breedte' }),
            percent('height', { fr: 'Hauteur', nl: 'Hoogte' }),
          ],
        },
      ],
    },
    {
      name: 'correctFeedback',
      type: 'textarea',
      maxLength: lengths.summary,
      localized: true,
      label: { fr: 'Retour si c’est juste', nl: 'Feedback bij een juist antwoord' },
    },
    {
      name: 'wrongFeedback',
      type: 'textarea',
      maxLength: lengths.summary,
      localized: true,
      label: { fr: 'Retour si c’est faux', nl: 'Feedback bij een fout antwoord' },
    },
    ...stepCommonFields,
  ],
}
