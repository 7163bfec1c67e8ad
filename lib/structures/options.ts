import fr from '../../messages/fr.json'
import nl from '../../messages/nl.json'

/**
 * The vocabularies of a structure's profile. Values are stable codes (the open-data export maps them to
 * the national schema); labels come from the message files, so the admin and the site say the same words.
 */
export const structureOptions = {
  type: ['cpas', 'association', 'epn', 'bibliotheque', 'administration', 'enseignement', 'autre'],
  audiences: ['tout-public', 'seniors', 'jeunes', 'familles', 'demandeurs-emploi', 'personnes-migrantes', 'handicap'],
  services: ['prise-en-main', 'internet', 'email', 'demarches', 'emploi', 'securite', 'smartphone', 'acces-materiel'],
  accompanimentModes: ['individuel', 'atelier-collectif', 'a-distance', 'libre-service'],
  fees: ['gratuit', 'payant', 'adhesion'],
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
