import type { Locale } from '@/i18n/locales'

import type { ReactNode } from 'react'

import type { Zone } from '@/lib/formation/hotspot'
import type { SimulatedTask } from '@/lib/formation/simulated'

/** A "Pour en savoir plus" link, already resolved to a localized URL on the server. */
export type LearnMoreLink = { label: string; href: string; external: boolean }

/** What every step has: an optional hint, links to learn more, and its text for reading aloud. */
type StepBase = {
  id: string
  /** Set when this step's texts are in the other language (not translated yet): they carry their own `lang`. */
  lang?: Locale
  hint: string
  learnMore: LearnMoreLink[]
  /** Plain text of the whole step (title or question, text, options), for the read-aloud button. */
  speech: string
}

/** Steps as the player receives them: plain data, with rich text already rendered on the server. */
export type ContentPlayerStep = StepBase & {
  kind: 'content'
  title: string
  body: ReactNode
  image: { url: string; alt: string } | null
  video: { url: string; type: string; captionsUrl: string | null } | null
}

export type ChoicePlayerStep = StepBase & {
  kind: 'choice'
  question: string
  multiple: boolean
  options: { id: string; label: string; correct: boolean; feedback: string }[]
  explanation: string
}

export type HotspotPlayerStep = StepBase & {
  kind: 'hotspot'
  question: string
  image: { url: string; alt: string; width: number | null; height: number | null }
  zone: Zone
  correctFeedback: string
  wrongFeedback: string
}

export type TypeTextPlayerStep = StepBase & {
  kind: 'typeText'
  question: string
  answers: string[]
  formatHint: string
  explanation: string
}

export type OrderPlayerStep = StepBase & {
  kind: 'order'
  instruction: string
  /** In the right order; the player shuffles them. */
  items: { id: string; label: string }[]
  explanation: string
}

export type SimulatedPlayerStep = StepBase & {
  kind: 'simulated'
  instruction: string
  task: SimulatedTask
  explanation: string
}

export type QuestionPlayerStep =
  | ChoicePlayerStep
  | HotspotPlayerStep
  | TypeTextPlayerStep
  | OrderPlayerStep
  | SimulatedPlayerStep

export type PlayerStep = ContentPlayerStep | QuestionPlayerStep

export type QuestionKind = QuestionPlayerStep['kind']

/** The learner's answer, per kind of question. */
export type Answers = {
  choice: string[]
  hotspot: { x: number; y: number } | null
  typeText: string
  /** Item ids in the order shown. */
  order: string[]
  /** What the simulated screen reported; null before any action. */
  simulated: boolean | null
}

/** One state shape for every question, whatever its kind. */
export type QuestionState<K extends QuestionKind = QuestionKind> = {
  answer: Answers[K]
  checked: boolean
  attempts: number
  correct: boolean
  firstTry: boolean
}
