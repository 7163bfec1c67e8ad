/**
 * The words of the activity log (issue 17), close to those of La Coop de la médiation numérique (ANCT) so that
 * figures compare across the border, adapted to Belgium (its services and its administrative procedures).
 * Values are stable keys stored in the database and sent by the API; labels are shown in FR or NL.
 */
type Option = { value: string; label: { fr: string; nl: string } }
const options = <const T extends readonly Option[]>(list: T) => list

export const activityKinds = options([
  { value: 'individual', label: { fr: 'Individuel', nl: 'Individueel' } },
  { value: 'collective', label: { fr: 'Collectif (atelier)', nl: 'Collectief (workshop)' } },
] as const)

/** What the person was helped with: digital-mediation themes. */
export const mediationThemes = options([
  { value: 'equipment', label: { fr: 'Prendre en main son appareil', nl: 'Het toestel leren gebruiken' } },
  { value: 'internet', label: { fr: 'Naviguer sur internet', nl: 'Surfen op internet' } },
  { value: 'email', label: { fr: 'E-mail et messagerie', nl: 'E-mail en berichten' } },
  { value: 'office', label: { fr: 'Documents et bureautique', nl: 'Documenten en kantoorsoftware' } },
  { value: 'social', label: { fr: 'Réseaux sociaux et appels vidéo', nl: 'Sociale media en videobellen' } },
  { value: 'procedures', label: { fr: 'Démarches administratives', nl: 'Administratieve aanvragen' } },
  { value: 'health', label: { fr: 'Santé en ligne', nl: 'Gezondheid online' } },
  { value: 'money', label: { fr: 'Banque et achats en ligne', nl: 'Bankieren en online kopen' } },
  { value: 'job', label: { fr: 'Emploi et formation', nl: 'Werk en opleiding' } },
  { value: 'safety', label: { fr: 'Sécurité et vie privée', nl: 'Veiligheid en privacy' } },
  { value: 'school', label: { fr: 'Parentalité et scolarité', nl: 'Ouderschap en school' } },
  { value: 'culture', label: { fr: 'Culture numérique et IA', nl: 'Digitale cultuur en AI' } },
  { value: 'other', label: { fr: 'Autre', nl: 'Andere' } },
] as const)

/** The administrative service the procedure concerned: Belgian first, then French. */
export const administrativeThemes = options([
  { value: 'itsme', label: { fr: 'itsme', nl: 'itsme' } },
  { value: 'csam', label: { fr: 'CSAM, MyGov.be, eBox', nl: 'CSAM, MyGov.be, eBox' } },
  { value: 'myminfin', label: { fr: 'MyMinfin, Tax-on-web', nl: 'MyMinfin, Tax-on-web' } },
  { value: 'mutuality', label: { fr: 'Mutualité', nl: 'Ziekenfonds' } },
  { value: 'cpas', label: { fr: 'CPAS', nl: 'OCMW' } },
  { value: 'employment', label: { fr: 'Forem, Actiris, VDAB, ADG', nl: 'VDAB, Actiris, Forem, ADG' } },
  { value: 'pension', label: { fr: 'Pension (MyPension)', nl: 'Pensioen (MyPension)' } },
  { value: 'family', label: { fr: 'Allocations familiales', nl: 'Groeipakket, kinderbijslag' } },
  { value: 'housing', label: { fr: 'Logement et énergie', nl: 'Wonen en energie' } },
  { value: 'mobility', label: { fr: 'Mobilité (train, permis, carte)', nl: 'Mobiliteit (trein, rijbewijs, kaart)' } },
  { value: 'justice', label: { fr: 'Justice et police', nl: 'Justitie en politie' } },
  { value: 'commune', label: { fr: 'Commune (documents, eID)', nl: 'Gemeente (documenten, eID)' } },
  { value: 'fr-caf', label: { fr: 'CAF (France)', nl: 'CAF (Frankrijk)' } },
  { value: 'fr-france-travail', label: { fr: 'France Travail', nl: 'France Travail' } },
  { value: 'fr-ameli', label: { fr: 'Assurance maladie, ameli (France)', nl: 'Ziekteverzekering, ameli (Frankrijk)' } },
  { value: 'fr-impots', label: { fr: 'impots.gouv (France)', nl: 'impots.gouv (Frankrijk)' } },
  { value: 'fr-ants', label: { fr: 'ANTS : titres, permis (France)', nl: 'ANTS: documenten, rijbewijs (Frankrijk)' } },
  { value: 'other', label: { fr: 'Autre démarche', nl: 'Andere aanvraag' } },
] as const)

export const devices = options([
  { value: 'computer', label: { fr: 'Ordinateur', nl: 'Computer' } },
  { value: 'phone', label: { fr: 'Smartphone', nl: 'Smartphone' } },
  { value: 'tablet', label: { fr: 'Tablette', nl: 'Tablet' } },
  { value: 'other', label: { fr: 'Autre appareil', nl: 'Ander toestel' } },
  { value: 'none', label: { fr: 'Aucun', nl: 'Geen' } },
] as const)

export const places = options([
  { value: 'structure', label: { fr: 'Dans la structure', nl: 'In de organisatie' } },
  { value: 'home', label: { fr: 'Au domicile de la personne', nl: 'Bij de persoon thuis' } },
  { value: 'remote', label: { fr: 'À distance', nl: 'Op afstand' } },
  { value: 'other', label: { fr: 'Autre lieu', nl: 'Andere plaats' } },
] as const)

/** How the task was done: the 3-step autonomy scale. */
export const autonomyLevels = options([
  { value: 'done-for', label: { fr: 'Fait à la place de la personne', nl: 'In de plaats van de persoon gedaan' } },
  { value: 'helped', label: { fr: 'Fait par la personne, avec de l’aide', nl: 'Door de persoon gedaan, met hulp' } },
  { value: 'autonomous', label: { fr: 'Fait seule par la personne', nl: 'Zelfstandig door de persoon gedaan' } },
] as const)

export const referralTargets = options([
  { value: 'public-service', label: { fr: 'Un service public', nl: 'Een openbare dienst' } },
  { value: 'social-service', label: { fr: 'Un service social', nl: 'Een sociale dienst' } },
  { value: 'digital-space', label: { fr: 'Un espace public numérique', nl: 'Een digitale openbare ruimte' } },
  { value: 'association', label: { fr: 'Une association', nl: 'Een vereniging' } },
  { value: 'training', label: { fr: 'Une formation', nl: 'Een opleiding' } },
  { value: 'other', label: { fr: 'Autre', nl: 'Andere' } },
] as const)

export const levels = options([
  { value: 'beginner', label: { fr: 'Débutant', nl: 'Beginner' } },
  { value: 'intermediate', label: { fr: 'Intermédiaire', nl: 'Gevorderd' } },
  { value: 'advanced', label: { fr: 'Avancé', nl: 'Ervaren' } },
] as const)

export const genders = options([
  { value: 'female', label: { fr: 'Femme', nl: 'Vrouw' } },
  { value: 'male', label: { fr: 'Homme', nl: 'Man' } },
  { value: 'other', label: { fr: 'Autre', nl: 'Andere' } },
] as const)

export const ageBands = options([
  { value: 'under-18', label: { fr: 'Moins de 18 ans', nl: 'Jonger dan 18' } },
  { value: '18-24', label: { fr: '18 à 24 ans', nl: '18 tot 24 jaar' } },
  { value: '25-39', label: { fr: '25 à 39 ans', nl: '25 tot 39 jaar' } },
  { value: '40-59', label: { fr: '40 à 59 ans', nl: '40 tot 59 jaar' } },
  { value: '60-69', label: { fr: '60 à 69 ans', nl: '60 tot 69 jaar' } },
  { value: '70-plus', label: { fr: '70 ans et plus', nl: '70 jaar en ouder' } },
] as const)

export const situations = options([
  { value: 'employed', label: { fr: 'En emploi', nl: 'Aan het werk' } },
  { value: 'job-seeker', label: { fr: 'En recherche d’emploi', nl: 'Werkzoekend' } },
  { value: 'student', label: { fr: 'Aux études', nl: 'Student' } },
  { value: 'retired', label: { fr: 'Retraité', nl: 'Gepensioneerd' } },
  { value: 'social-aid', label: { fr: 'Revenu d’intégration, aide sociale', nl: 'Leefloon, sociale bijstand' } },
  { value: 'disability', label: { fr: 'En situation de handicap', nl: 'Met een beperking' } },
  { value: 'other', label: { fr: 'Autre', nl: 'Andere' } },
] as const)

export const countries = options([
  { value: 'BE', label: { fr: 'Belgique', nl: 'België' } },
  { value: 'FR', label: { fr: 'France', nl: 'Frankrijk' } },
] as const)

export type Vocabulary = readonly Option[]
export type ValueOf<V extends Vocabulary> = V[number]['value']

/** A value's label in a language; an unknown value (an option since removed) stays as it is, and none is ''. */
export function labelOf(list: Vocabulary, value: string | null | undefined, locale: 'fr' | 'nl'): string {
  if (!value) return ''
  return list.find((o) => o.value === value)?.label[locale] ?? value
}

export const isIn = <V extends Vocabulary>(list: V, value: unknown): value is ValueOf<V> =>
  typeof value === 'string' && list.some((o) => o.value === value)

/** The old log's nine topics become themes (and a procedure stays a procedure): used by the migration. */
export const themeOfTopic: Record<string, ValueOf<typeof mediationThemes>> = {
  device: 'equipment',
  internet: 'internet',
  email: 'email',
  procedure: 'procedures',
  safety: 'safety',
  health: 'health',
  money: 'money',
  job: 'job',
  other: 'other',
}
