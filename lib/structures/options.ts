import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'

/**
 * The vocabularies of a structure's profile. Values are stable codes, one for each value of the French
 * national open-data schema (lib/open-data/vocabulary.ts maps them one to one, so an export imports back); labels come from the message files, so the admin and the site say the same words.
 */
export const structureOptions = {
  type: ['cpas', 'association', 'epn', 'bibliotheque', 'administration', 'enseignement', 'autre'],
  audiences: ['jeunes', 'etudiants', 'familles', 'seniors', 'femmes'],
  specificSupport: [
    'surdite',
    'handicap-moteur',
    'handicap-mental',
    'illettrisme',
    'langue-anglais',
    'langues-autres',
    'deficience-visuelle',
  ],
  services: [
    'outils-quotidien',
    'demarches',
    'emploi',
    'securite',
    'parentalite',
    'loisirs',
    'comprendre',
    'acces-materiel',
    'materiel-solidaire',
  ],
  accompanimentModes: ['individuel', 'atelier-collectif', 'a-distance', 'libre-service'],
  fees: ['gratuit', 'gratuit-sous-condition', 'payant'],
  // Issue 19: how a person with a disability gets in and around (the national schema has no such field).
  accessibility: ['fauteuil', 'toilettes-adaptees', 'boucle-magnetique', 'parking-reserve'],
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
} as const

export type StructureOptionGroup = keyof typeof structureOptions

/** Payload select options with French and Dutch labels. */
export function selectOptions(group: StructureOptionGroup) {
  const labels = (messages: typeof fr) => messages.structureOptions[group] as Record<string, string>
  return structureOptions[group].map((value) => ({
    value,
    label: { fr: labels(fr)[value] ?? value, nl: labels(nl as typeof fr)[value] ?? value },
  }))
}
