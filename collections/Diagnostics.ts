import type { CollectionConfig, Field, NumberFieldSingleValidation } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { lengths } from '@/fields/lengths'
import { revalidateHooks } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { adminMessage } from '@/lib/payload/adminMessage'
import { screenIds, screenLabels, screensWithExpectedText } from '@/lib/diagnostic/screens'
import { domainsProblem, questionsProblem, thresholdsProblem } from '@/lib/diagnostic/validation'

const key = (description: { fr: string; nl: string }): Field => ({
  name: 'key',
  type: 'text',
  required: true,
  maxLength: lengths.code,
  label: { fr: 'Clé', nl: 'Sleutel' },
  admin: { description },
})

const levelOptions = [0, 1, 2, 3].map((level) => ({
  value: String(level),
  label: { fr: `Niveau ${level}`, nl: `Niveau ${level}` },
}))

/** Four localized texts, one per level 0–3. */
const perLevel = (name: string, label: { fr: string; nl: string }, required: boolean): Field => ({
  name,
  type: 'group',
  label,
  fields: [0, 1, 2, 3].map((level) => ({
    name: `level${level}`,
    type: 'text',
    localized: true,
    required,
    maxLength: lengths.title,
    label: { fr: `Niveau ${level}`, nl: `Niveau ${level}` },
  })),
})

const isSimulator = (data: unknown) => (data as { kind?: string } | undefined)?.kind === 'simulator'
const isSituation = (data: unknown) => (data as { kind?: string } | undefined)?.kind === 'situation'

const tasks: Field = {
  name: 'tasks',
  type: 'array',
  labels: { singular: { fr: 'Exercice', nl: 'Oefening' }, plural: { fr: 'Exercices', nl: 'Oefeningen' } },
  label: { fr: 'Exercices', nl: 'Oefeningen' },
  admin: { condition: isSimulator, initCollapsed: true },
  fields: [
    key({
      fr: 'Enregistrée avec chaque résultat : ne la changez plus après publication.',
      nl: 'Wordt bij elk resultaat bewaard: wijzig ze niet meer na publicatie.',
    }),
    {
      name: 'screen',
      type: 'select',
      required: true,
      label: { fr: 'Écran', nl: 'Scherm' },
      // The screens are code: only one that exists can be chosen (lib/diagnostic/screens.ts).
      options: screenIds.map((value) => ({ value, label: screenLabels[value] })),
    },
    {
      name: 'difficulty',
      type: 'number',
      required: true,
      min: 1,
      max: 3,
      defaultValue: 1,
      label: { fr: 'Difficulté (1 à 3)', nl: 'Moeilijkheid (1 tot 3)' },
    },
    {
      name: 'instruction',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: lengths.shortText,
      label: { fr: 'Consigne', nl: 'Opdracht' },
    },
    {
      name: 'instructionTouch',
      type: 'textarea',
      localized: true,
      maxLength: lengths.shortText,
      label: { fr: 'Consigne sur écran tactile', nl: 'Opdracht op een aanraakscherm' },
      admin: {
        description: {
          fr: 'Si les mots diffèrent (« touchez » au lieu de « cliquez »).',
          nl: 'Als de woorden verschillen (‘tik’ in plaats van ‘klik’).',
        },
      },
    },
    {
      name: 'hint',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: lengths.summary,
      label: { fr: 'Indice', nl: 'Tip' },
    },
    {
      name: 'hintTouch',
      type: 'textarea',
      localized: true,
      maxLength: lengths.summary,
      label: { fr: 'Indice sur écran tactile', nl: 'Tip op een aanraakscherm' },
    },
    {
      name: 'readAloud',
      type: 'textarea',
      localized: true,
      maxLength: lengths.summary,
      label: { fr: 'Texte lu à voix haute', nl: 'Voorgelezen tekst' },
      admin: { description: { fr: 'Vide : la consigne est lue.', nl: 'Leeg: de opdracht wordt voorgelezen.' } },
    },
    {
      name: 'expected',
      type: 'text',
      localized: true,
      maxLength: lengths.shortText,
      label: { fr: 'Texte attendu', nl: 'Verwachte tekst' },
      admin: {
        condition: (_, sibling) => screensWithExpectedText.includes(sibling?.screen),
        description: {
          fr: 'Ce que la personne doit écrire pour réussir.',
          nl: 'Wat de persoon moet typen om te slagen.',
        },
      },
    },
  ],
}

const recommendations: Field = {
  name: 'recommendations',
  type: 'array',
  labels: {
    singular: { fr: 'Recommandation', nl: 'Aanbeveling' },
    plural: { fr: 'Recommandations', nl: 'Aanbevelingen' },
  },
  label: { fr: 'Recommandations par niveau', nl: 'Aanbevelingen per niveau' },
  admin: { initCollapsed: true },
  fields: [
    { name: 'level', type: 'select', required: true, options: levelOptions, label: { fr: 'Niveau', nl: 'Niveau' } },
    {
      name: 'modules',
      type: 'relationship',
      relationTo: 'modules',
      hasMany: true,
      label: { fr: 'Modules', nl: 'Modules' },
    },
    {
      name: 'parcours',
      type: 'relationship',
      relationTo: 'parcours',
      hasMany: true,
      label: { fr: 'Parcours', nl: 'Leertrajecten' },
    },
  ],
}

/**
 * The diagnostics' words and structure, edited by the editorial team: the simulator (domains, their tasks on
 * the app's screens, thresholds, level wording, recommendations) and the situation questionnaire (domains,
 * questions and answers). The pages read the latest published one of each kind (lib/diagnostic/load.ts);
 * a result keeps the version it was scored with (docs/adr/0029).
 */
export const Diagnostics: CollectionConfig = {
  slug: 'diagnostics',
  labels: {
    singular: { fr: 'Diagnostic', nl: 'Diagnose' },
    plural: { fr: 'Diagnostics', nl: 'Diagnoses' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'updatedAt'],
    group: { fr: 'Diagnostics', nl: 'Diagnoses' },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  // Drafts and versions stay with the editorial team; everyone reads the published diagnostics.
  access: { read: publishedOrStaff, readVersions: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: revalidateHooks(cacheTags.diagnostics),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: lengths.title,
      label: { fr: 'Titre', nl: 'Titel' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'simulator',
      label: { fr: 'Type', nl: 'Soort' },
      options: [
        { value: 'simulator', label: { fr: 'Simulateur', nl: 'Simulator' } },
        { value: 'situation', label: { fr: 'Questionnaire de situation', nl: 'Situatievragenlijst' } },
      ],
    },
    {
      name: 'domains',
      type: 'array',
      labels: { singular: { fr: 'Domaine', nl: 'Domein' }, plural: { fr: 'Domaines', nl: 'Domeinen' } },
      label: { fr: 'Domaines', nl: 'Domeinen' },
      validate: (value, { data, req }) => {
        const problem = domainsProblem(value as Parameters<typeof domainsProblem>[0], (data as { kind?: string }).kind)
        return problem ? adminMessage(req, problem) : true
      },
      fields: [
        key({
          fr: 'Enregistrée avec chaque résultat : ne la changez plus après publication.',
          nl: 'Wordt bij elk resultaat bewaard: wijzig ze niet meer na publicatie.',
        }),
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          maxLength: lengths.title,
          label: { fr: 'Titre', nl: 'Titel' },
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          maxLength: lengths.summary,
          label: { fr: 'Description', nl: 'Beschrijving' },
        },
        tasks,
        recommendations,
      ],
    },
    {
      name: 'thresholds',
      type: 'group',
      label: { fr: 'Seuils de réussite d’un exercice', nl: 'Drempels om een oefening te halen' },
      admin: {
        condition: isSimulator,
        description: {
          fr: 'Un exercice vaut 1 réussi du premier coup, 0,25 de moins par essai en plus ou avec l’indice.',
          nl: 'Een oefening is 1 waard als ze in één keer lukt, 0,25 minder per extra poging of met de tip.',
        },
      },
      fields: [
        {
          name: 'mastered',
          type: 'number',
          required: true,
          min: 0,
          max: 1,
          defaultValue: 0.75,
          label: { fr: 'Réussi à partir de', nl: 'Gelukt vanaf' },
        },
        {
          name: 'partial',
          type: 'number',
          required: true,
          min: 0,
          max: 1,
          defaultValue: 0.5,
          label: { fr: 'À moitié réussi à partir de', nl: 'Half gelukt vanaf' },
          validate: ((value, { siblingData, req }) => {
            const problem = thresholdsProblem(value, (siblingData as { mastered?: unknown }).mastered)
            return problem ? adminMessage(req, problem) : true
          }) satisfies NumberFieldSingleValidation,
        },
      ],
    },
    perLevel('levels', { fr: 'Les niveaux en mots', nl: 'De niveaus in woorden' }, true),
    {
      ...perLevel('autonomy', { fr: 'Réponses d’autonomie', nl: 'Antwoorden over zelfstandigheid' }, false),
      admin: { condition: isSituation },
    } as Field,
    {
      name: 'questions',
      type: 'array',
      labels: { singular: { fr: 'Question', nl: 'Vraag' }, plural: { fr: 'Questions', nl: 'Vragen' } },
      label: { fr: 'Questions', nl: 'Vragen' },
      admin: { condition: isSituation },
      validate: (value, { data, req }) => {
        const problem = questionsProblem(
          value as Parameters<typeof questionsProblem>[0],
          (data as { kind?: string }).kind,
        )
        return problem ? adminMessage(req, problem) : true
      },
      fields: [
        key({ fr: 'Enregistrée avec chaque réponse.', nl: 'Wordt bij elk antwoord bewaard.' }),
        {
          name: 'question',
          type: 'text',
          required: true,
          localized: true,
          maxLength: lengths.title,
          label: { fr: 'Question', nl: 'Vraag' },
        },
        {
          name: 'summary',
          type: 'text',
          required: true,
          localized: true,
          maxLength: lengths.title,
          label: { fr: 'Titre sur la fiche de résultat', nl: 'Titel op het resultaatblad' },
        },
        {
          name: 'answers',
          type: 'array',
          labels: { singular: { fr: 'Réponse', nl: 'Antwoord' }, plural: { fr: 'Réponses', nl: 'Antwoorden' } },
          label: { fr: 'Réponses', nl: 'Antwoorden' },
          fields: [
            key({ fr: 'Enregistrée avec chaque réponse.', nl: 'Wordt bij elk antwoord bewaard.' }),
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              maxLength: lengths.shortText,
              label: { fr: 'Réponse', nl: 'Antwoord' },
            },
          ],
        },
      ],
    },
  ],
}
