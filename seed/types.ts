import type { SimulatedTask } from '@/lib/formation/simulated'

/** The shape of the seed content files (seed/data/FORMAT.md). */
export type L = { fr: string; nl: string }
export type LL = { fr: string[]; nl: string[] }

export type SeedTheme = { slug: string; order: number; digcompArea: string; title: L; description: L }

export type SeedChoiceOption = { label: L; correct: boolean; feedback: L }
/** What every step may add: a hint, and "Pour en savoir plus" links to other modules, by slug. */
export type SeedStepCommon = { hint?: L; learnMore?: string[] }
/** A picture of seed/illustration.ts (the same in both languages), drawn from `illustration` as its seed. */
export type SeedIllustration = { illustration: string; alt: L }
/** An imitation screen of seed/screens.ts, drawn in each language. */
export type SeedScreen = { screen: 'mailbox'; alt: L }
export type SeedFormationStep = SeedStepCommon &
  (
    | { kind: 'content'; title: L; body: L; image?: SeedIllustration }
    | { kind: 'choice'; question: L; multiple: boolean; options: SeedChoiceOption[]; explanation: L }
    | {
        kind: 'hotspot'
        question: L
        image: SeedScreen
        zone: { x: number; y: number; width: number; height: number }
        correctFeedback: L
        wrongFeedback: L
      }
    | { kind: 'typeText'; question: L; answers: LL; formatHint?: L; explanation: L }
    | { kind: 'order'; instruction: L; items: LL; explanation: L }
    | { kind: 'simulated'; instruction: L; task: SimulatedTask; explanation: L }
  )

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
