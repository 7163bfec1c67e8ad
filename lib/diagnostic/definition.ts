import type { ScreenId } from './screens'

/**
 * A diagnostic as the pages and the scoring use it, in one language: what an editor wrote in the CMS
 * (collections/Diagnostics.ts), read from its published version (load.ts). Pure data: it crosses to the
 * simulator's client code as it is.
 */
export type Level = 0 | 1 | 2 | 3
export type Difficulty = 1 | 2 | 3

export type DiagnosticTask = {
  /** Unique in the diagnostic: what a result records. */
  key: string
  screen: ScreenId
  difficulty: Difficulty
  instruction: string
  /** The instruction in the words of a touch screen, when they differ ("touchez" rather than "cliquez"). */
  instructionTouch?: string
  hint: string
  hintTouch?: string
  /** What the loudspeaker reads; the instruction when empty. */
  readAloud?: string
  /** The text to type, for the screens that allow it (screens.ts). */
  expected?: string
}

export type DiagnosticDomain = {
  key: string
  title: string
  description?: string
  tasks: DiagnosticTask[]
  /** What to recommend at each level (0–3): module and parcours ids. */
  recommendations: { level: Level; modules: number[]; parcours: number[] }[]
}

/**
 * A task's score (0–1) counts as mastered from `mastered`, as half done from `partial` (the level just
 * below the difficulty): 0 < partial ≤ mastered ≤ 1.
 */
export type Thresholds = { mastered: number; partial: number }

export type SituationQuestion = {
  key: string
  question: string
  summary: string
  answers: { key: string; label: string }[]
}

export type DiagnosticDefinition = {
  id: number
  /** The published version it was read from: its `updatedAt` (publishing updates it, saving a draft does not). */
  version: string
  kind: 'simulator' | 'situation'
  title: string
  domains: DiagnosticDomain[]
  thresholds: Thresholds
  /** The wording of each level, 0 to 3. */
  levels: [string, string, string, string]
  /** The questionnaire's answer for each level of self-assessed autonomy, 0 to 3 (situation only). */
  autonomy: [string, string, string, string]
  /** The questionnaire's questions (situation only). */
  questions: SituationQuestion[]
}

export const defaultThresholds: Thresholds = { mastered: 0.75, partial: 0.5 }

export const allTasks = (definition: Pick<DiagnosticDefinition, 'domains'>) =>
  definition.domains.flatMap((d) => d.tasks.map((task) => ({ ...task, domain: d.key })))
