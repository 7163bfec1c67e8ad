import type { Answers, QuestionKind, QuestionPlayerStep, QuestionState } from './types'

/** What the player gives every question view. */
export type ViewProps<K extends QuestionKind> = {
  step: Extract<QuestionPlayerStep, { kind: K }>
  state: QuestionState<K>
  /** The learner checked without answering: the view shows the error next to its field. */
  missingAnswer: boolean
  onAnswer: (answer: Answers[K]) => void
  /** Check now with this answer (Enter in a field, a simulated screen's report). */
  onSubmit: (answer: Answers[K]) => void
}
