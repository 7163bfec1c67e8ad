/**
 * Our codes ↔ the values of the national schema "LieuxDeMediationNumerique" v1.0.x (LaMednum). One to
 * one, so that an export imports back to the same structures. `typologie` uses the data.inclusion codes.
 */
export const schemaValues = {
  services: {
    demarches: 'Aide aux démarches administratives',
    'outils-quotidien': 'Maîtrise des outils numériques du quotidien',
    emploi: 'Insertion professionnelle via le numérique',
    securite: 'Utilisation sécurisée du numérique',
    parentalite: 'Parentalité et éducation avec le numérique',
    loisirs: 'Loisirs et créations numériques',
    comprendre: 'Compréhension du monde numérique',
    'acces-materiel': 'Accès internet et matériel informatique',
    'materiel-solidaire': 'Acquisition de matériel informatique à prix solidaire',
  },
  audiences: {
    jeunes: 'Jeunes',
    etudiants: 'Étudiants',
    familles: 'Familles et/ou enfants',
    seniors: 'Seniors',
    femmes: 'Femmes',
  },
  specificSupport: {
    surdite: 'Surdité',
    'handicap-moteur': 'Handicaps moteurs',
    'handicap-mental': 'Handicaps mentaux',
    illettrisme: 'Illettrisme',
    'langue-anglais': 'Langues étrangères (anglais)',
    'langues-autres': 'Langues étrangères (autres)',
    'deficience-visuelle': 'Déficience visuelle',
  },
  fees: { gratuit: 'Gratuit', 'gratuit-sous-condition': 'Gratuit sous condition', payant: 'Payant' },
  accompanimentModes: {
    'libre-service': 'En autonomie',
    individuel: 'Accompagnement individuel',
    'atelier-collectif': 'Dans un atelier collectif',
    'a-distance': 'À distance',
  },
  type: {
    cpas: 'CCAS',
    association: 'ASSO',
    epn: 'TIERS_LIEUX',
    bibliotheque: 'BIB',
    administration: 'MUNI',
    enseignement: 'OF',
    autre: 'Autre',
  },
} as const

export type VocabularyGroup = keyof typeof schemaValues

/** Our code for a schema value, or undefined when the value is not in the vocabulary. */
export function codeOf(group: VocabularyGroup, value: string): string | undefined {
  return Object.entries(schemaValues[group]).find(([, label]) => label === value)?.[0]
}

export function labelOf(group: VocabularyGroup, code: string): string {
  return (schemaValues[group] as Record<string, string>)[code] ?? code
}

/** The OSM `opening_hours` day abbreviations, in our weekday order. */
export const osmDays = { mon: 'Mo', tue: 'Tu', wed: 'We', thu: 'Th', fri: 'Fr', sat: 'Sa', sun: 'Su' } as const
