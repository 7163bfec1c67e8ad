/**
 * Progress of one learner in one formation, as the player and the server exchange it. Pure types and rules,
 * shared by the browser (player, offline queue) and the server (lib/progress/save-progress.ts).
 */

/** What happened on one question step (content steps are recorded too, with attempts 0). */
export type StepRecord = {
  stepId: string
  kind: string
  /** How many times the learner checked an answer. */
  attempts: number
  /** Answered right at the last check. */
  correct: boolean
  /** Answered right at the first check. */
  firstTry: boolean
  /** Time spent on the step, in seconds. */
  seconds: number
}

/** What the server hands back to the player to resume. */
export type SavedProgress = {
  currentStep: number
  /** How many times the formation was started (1 for the first run). */
  run: number
  status: 'in_progress' | 'completed'
  steps: Record<string, StepRecord>
}

/**
 * One event of the player, queued in the browser and sent in order. Each carries a whole state (the step's
 * cumulative record, the run number), never a delta, so an event sent twice after a dropped connection
 * changes nothing the second time.
 */
export type ProgressEvent =
  | { type: 'step'; index: number; record: StepRecord }
  | { type: 'position'; index: number }
  | { type: 'finish'; run: number }
  | { type: 'restart'; run: number }
