import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { levelField } from '@/fields/level'
import { previewFor } from '@/fields/preview'
import { slugField } from '@/fields/slug'
import { textListField } from '@/fields/textList'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { digcompCompetenceOptions } from '@/lib/digcomp/options'
import { lengths } from '@/fields/lengths'
import { titleField } from '@/fields/title'
import { recordTranslationStatus, translationFields } from '@/fields/translationStatus'

/** The unit of teaching: a summary that anyone can find, and its trame, formation and fiche. */
export const Modules: CollectionConfig = {
  slug: 'modules',
  labels: { singular: { fr: 'Module', nl: 'Module' }, plural: { fr: 'Modules', nl: 'Modules' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'themes', '_status', 'translationStatus', 'updatedAt'],
    group: { fr: 'Catalogue', nl: 'Catalogus' },
    preview: previewFor('modules'),
  },
  defaultSort: 'title',
  versions: { drafts: true, maxPerDoc: 20 },
  // Versions hold drafts and scheduled texts: staff only (by default any signed-in member reads them).
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...revalidateHooks(cacheTags.modules), beforeChange: [recordTranslationStatus] },
  fields: [
    titleField(),
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      maxLength: lengths.summary,
      required: true,
      localized: true,
      label: { fr: 'Résumé', nl: 'Samenvatting' },
      admin: {
        description: {
          fr: 'Une ou deux phrases, affichées dans le catalogue.',
          nl: 'Eén of twee zinnen, getoond in de catalogus.',
        },
      },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      required: true,
      minRows: 1,
      label: { fr: 'Thématiques', nl: "Thema's" },
      admin: { position: 'sidebar' },
    },
    levelField(),
    {
      name: 'durationMinutes',
      type: 'number',
      required: true,
      min: 5,
      max: 600,
      label: { fr: 'Durée (minutes)', nl: 'Duur (minuten)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'competences',
      type: 'select',
      hasMany: true,
      options: digcompCompetenceOptions(),
      label: { fr: 'Compétences DigComp', nl: 'DigComp-competenties' },
      admin: { position: 'sidebar' },
    },
    textListField(
      'objectives',
      { fr: 'Objectifs', nl: 'Doelstellingen' },
      { fr: 'Objectif', nl: 'Doelstelling' },
      { fr: 'un objectif', nl: 'een doelstelling' },
      true,
    ),
    {
      type: 'row',
      fields: [
        {
          name: 'trame',
          type: 'relationship',
          relationTo: 'trames',
          label: { fr: 'Trame d’animation', nl: 'Begeleidingsfiche' },
        },
        {
          name: 'formation',
          type: 'relationship',
          relationTo: 'formations',
          label: { fr: 'Formation interactive', nl: 'Interactieve opleiding' },
        },
        {
          name: 'fiche',
          type: 'relationship',
          relationTo: 'fiches',
          label: { fr: 'Fiche résumé', nl: 'Samenvattingsfiche' },
        },
      ],
    },
    {
      name: 'exercises',
      type: 'relationship',
      relationTo: 'formations',
      hasMany: true,
      label: { fr: 'Exercices', nl: 'Oefeningen' },
      filterOptions: { kind: { equals: 'exercise' } },
    },
    {
      name: 'author',
      type: 'group',
      label: { fr: 'Auteur', nl: 'Auteur' },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'wetechcare',
          label: { fr: 'Écrit par', nl: 'Geschreven door' },
          options: [
            { value: 'wetechcare', label: { fr: 'WeTechCare', nl: 'WeTechCare' } },
            { value: 'structure', label: { fr: 'Une structure', nl: 'Een organisatie' } },
          ],
        },
        {
          name: 'structureName',
          type: 'text',
          maxLength: lengths.name,
          label: { fr: 'Nom de la structure', nl: 'Naam van de organisatie' },
          admin: { condition: (_, siblingData) => siblingData?.kind === 'structure' },
        },
      ],
    },
    ...translationFields(),
  ],
}
