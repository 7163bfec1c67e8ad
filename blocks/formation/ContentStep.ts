import type { Block } from 'payload'

/** A step that explains: text, with an optional illustration. */
export const ContentStep: Block = {
  slug: 'content',
  interfaceName: 'ContentStepBlock',
  labels: { singular: { fr: 'Contenu', nl: 'Inhoud' }, plural: { fr: 'Contenus', nl: 'Inhoud' } },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', nl: 'Titel' } },
    { name: 'body', type: 'richText', required: true, localized: true, label: { fr: 'Texte', nl: 'Tekst' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Illustration', nl: 'Illustratie' } },
  ],
}
