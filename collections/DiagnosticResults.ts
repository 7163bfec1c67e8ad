import type { CollectionConfig } from 'payload'

import { diagnosticResultRead } from '@/access/diagnosticResultRead'
import { isStaff } from '@/access/isStaff'
import { lengths } from '@/fields/lengths'

/** One taken diagnostic. Written by our server only (levels are computed there, never trusted from a browser). */
export const DiagnosticResults: CollectionConfig = {
  slug: 'diagnostic-results',
  labels: {
    singular: { fr: 'Résultat de diagnostic', nl: 'Diagnoseresultaat' },
    plural: { fr: 'Résultats de diagnostic', nl: 'Diagnoseresultaten' },
  },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'kind', 'overall', 'member', 'structure', 'createdAt'],
    group: { fr: 'Diagnostics', nl: 'Diagnoses' },
  },
  access: { read: diagnosticResultRead, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    {
      name: 'code',
      type: 'text',
      maxLength: lengths.code,
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Code du résultat', nl: 'Code van het resultaat' },
    },
    // Sent by the browser with the answers: a second submission of the same diagnostic finds the first result.
    {
      name: 'submissionId',
      type: 'text',
      maxLength: lengths.key,
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { fr: 'Type', nl: 'Soort' },
      options: [
        { value: 'simulator', label: { fr: 'Simulateur', nl: 'Simulator' } },
        { value: 'situation', label: { fr: 'Questionnaire de situation', nl: 'Situatievragenlijst' } },
      ],
    },
    { name: 'locale', type: 'text', maxLength: lengths.code, label: { fr: 'Langue', nl: 'Taal' } },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: { fr: 'Apprenant', nl: 'Leerder' },
    },
    {
      name: 'aidant',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      label: { fr: 'Aidant', nl: 'Digihelper' },
    },
    // The structure whose aidants may read it, and only while `shared` is true (access/diagnosticResultRead.ts).
    {
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      index: true,
      label: { fr: 'Structure', nl: 'Organisatie' },
    },
    {
      // The learner's consent: given when joining the workshop, or by taking it with an aidant.
      name: 'shared',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Partagé avec la structure', nl: 'Gedeeld met de organisatie' },
    },
    // Taken in a workshop: by which participant (who may have no account), in which workshop.
    {
      name: 'workshop',
      type: 'relationship',
      relationTo: 'workshops',
      index: true,
      label: { fr: 'Atelier', nl: 'Workshop' },
    },
    {
      name: 'participant',
      type: 'relationship',
      relationTo: 'workshop-participants',
      index: true,
      label: { fr: 'Participant', nl: 'Deelnemer' },
    },
    {
      name: 'learnerCode',
      type: 'text',
      maxLength: lengths.code,
      label: { fr: 'Code de la personne', nl: 'Code van de persoon' },
      admin: { description: { fr: 'Code anonyme de la personne', nl: 'Anonieme code van de persoon' } },
    },
    // The diagnostic and its published version this result was scored with, and what the result sheet needs
    // from it (domain titles, level wording, questions, recommendations): an old result still reads as it was
    // after the diagnostic changes (lib/diagnostic/snapshot.ts, docs/adr/0029).
    {
      name: 'diagnostic',
      type: 'relationship',
      relationTo: 'diagnostics',
      index: true,
      label: { fr: 'Diagnostic', nl: 'Diagnose' },
    },
    {
      name: 'diagnosticVersion',
      type: 'text',
      maxLength: lengths.key,
      label: { fr: 'Version du diagnostic', nl: 'Versie van de diagnose' },
    },
    { name: 'snapshot', type: 'json', admin: { hidden: true } },
    { name: 'answers', type: 'json', required: true, label: { fr: 'Réponses', nl: 'Antwoorden' } },
    { name: 'levels', type: 'json', required: true, label: { fr: 'Niveaux par domaine', nl: 'Niveaus per domein' } },
    {
      name: 'overall',
      type: 'number',
      required: true,
      min: 0,
      max: 3,
      label: { fr: 'Niveau général', nl: 'Algemeen niveau' },
    },
  ],
}
