/** The shape of the seed content files (seed/data/FORMAT.md). */
export type L = { fr: string; nl: string }
export type LL = { fr: string[]; nl: string[] }

export type SeedTheme = { slug: string; order: number; digcompArea: string; title: L; description: L }

export type SeedChoiceOption = { label: L; correct: boolean; feedback: L }
export type SeedFormationStep =
  | { kind: 'content'; title: L; body: L }
  | { kind: 'choice'; question: L; multiple: boolean; options: SeedChoiceOption[]; explanation: L }

export type SeedModule = {
  slug: string
  themes: string[]
  level: number
  competences: string[]
  durationMinutes: number
  title: L
  summary: L
  objectives: LL
  trame: { audience: L; material: LL; steps: { minutes: number; title: L; description: L }[]; tips: LL }
  fiche: { intro: L; sections: { heading: L; points: LL }[]; remember: L }
  formation: { steps: SeedFormationStep[] }
}

export type SeedParcours = {
  slug: string
  title: L
  summary: L
  audience: L
  prerequisiteLevel: number
  modules: string[]
}

export type SeedResource = {
  slug: string
  title: L
  description: L
  authorPerson: string | null
  authorOrganisation: string | null
  url: string
  theme: string
  level: number
  licence: string
  resourceLanguage: 'fr' | 'nl' | 'both'
}
