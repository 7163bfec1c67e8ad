import type { SavedProgress, StepRecord } from '@/lib/progress/types'

import { freshState, isQuestion, kindOf } from './kinds'
import type { PlayerStep, QuestionState } from './types'

/**
 * The question states a saved progress stands for. A step answered right shows as answered right (with a right
 * answer filled in); one answered wrong starts over, but its attempts keep counting (and it is no longer a
 * first try).
 */
export function restoreStates(steps: PlayerStep[], saved: SavedProgress | undefined): Record<string, QuestionState> {
  const states: Record<string, QuestionState> = {}
  for (const step of steps) {
    const record = saved?.steps[step.id]
    if (!record || !isQuestion(step) || record.kind !== step.kind || record.attempts === 0) continue
    const fresh = freshState(step)
    states[step.id] = record.correct
      ? {
          ...fresh,
          answer: kindOf(step).solved(step),
          checked: true,
          correct: true,
          attempts: record.attempts,
          firstTry: record.firstTry,
        }
      : { ...fresh, attempts: record.attempts }
  }
  return states
}

/** Seconds already spent on each step, to go on counting from there. */
export function restoreSeconds(saved: SavedProgress | undefined): Record<string, number> {
  return Object.fromEntries(Object.values(saved?.steps ?? {}).map((record) => [record.stepId, record.seconds]))
}

/** The whole record of a step, as the progress events carry it. Content steps: read is done, no attempt. */
export function stepRecord(step: PlayerStep, state: QuestionState | undefined, seconds: number): StepRecord {
  const base = { stepId: step.id, kind: step.kind, seconds: Math.round(seconds) }
  if (!isQuestion(step)) return { ...base, attempts: 0, correct: true, firstTry: false }
  return {
    ...base,
    attempts: state?.attempts ?? 0,
    correct: state?.correct ?? false,
    firstTry: state?.firstTry ?? false,
  }
}

/** Where to start: the saved step, within the formation; a finished run reopens on its end card (score, "Recommencer"). */
export function startIndex(steps: PlayerStep[], saved: SavedProgress | undefined): number {
  const at = saved?.currentStep ?? 0
  if (saved?.status === 'completed' && at >= steps.length) return steps.length
  return Math.max(0, Math.min(steps.length - 1, Number.isInteger(at) ? at : 0))
}
