import type { ProgressEvent, StepRecord } from './types'

/** A progress row's state, as stored (collections/Progress.ts) and as the merge rules see it. */
export type ProgressState = {
  status: 'in_progress' | 'completed'
  currentStep: number
  run: number
  steps: Record<string, StepRecord>
  /** Question steps failed at least once, in any run: what the aidant's difficulty table counts. */
  failed: string[]
  score: number | null
  attempts: number
  seconds: number
  completedAt: string | null
}

export const freshState = (): ProgressState => ({
  status: 'in_progress',
  currentStep: 0,
  run: 1,
  steps: {},
  failed: [],
  score: null,
  attempts: 0,
  seconds: 0,
  completedAt: null,
})

/** The formation as the server knows it: which step ids exist and which of them are questions. */
export type FormationShape = { stepIds: string[]; questionIds: string[] }

const count = (value: unknown, max: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(0, Math.round(value)), max) : 0

/** A browser can send anything: keep only records of real steps, with sane numbers. */
function cleanRecord(record: StepRecord, shape: FormationShape): StepRecord | null {
  if (!record || typeof record !== 'object' || !shape.stepIds.includes(record.stepId)) return null
  return {
    stepId: record.stepId,
    kind: String(record.kind).slice(0, 20),
    attempts: count(record.attempts, 100),
    correct: record.correct === true,
    firstTry: record.firstTry === true,
    seconds: count(record.seconds, 4 * 3600),
  }
}

/**
 * Applies the player's queued events to a stored state. Every event carries a whole state (a step's
 * cumulative record, a run number), so replaying events after a dropped connection changes nothing.
 * Totals (attempts, seconds) add up across runs; "Recommencer" starts a new run but keeps a completion.
 */
export function applyEvents(
  state: ProgressState,
  events: ProgressEvent[],
  shape: FormationShape,
  now: Date,
): ProgressState {
  let next = { ...state, steps: { ...state.steps }, failed: [...state.failed] }
  for (const event of events.slice(0, 500)) {
    if (event?.type === 'step') {
      const record = cleanRecord(event.record, shape)
      const previous = record && next.steps[record.stepId]
      if (!record || (previous && previous.attempts > record.attempts)) continue
      next.attempts += record.attempts - (previous?.attempts ?? 0)
      next.seconds += Math.max(0, record.seconds - (previous?.seconds ?? 0))
      next.steps[record.stepId] = record
      const failedOnce = record.attempts > 1 || (record.attempts === 1 && !record.correct)
      if (failedOnce && shape.questionIds.includes(record.stepId) && !next.failed.includes(record.stepId))
        next.failed.push(record.stepId)
      next.currentStep = Math.max(next.currentStep, count(event.index, shape.stepIds.length - 1))
    } else if (event?.type === 'position') {
      next.currentStep = count(event.index, shape.stepIds.length)
    } else if (event?.type === 'restart' && count(event.run, 1000) > next.run) {
      next = { ...next, run: count(event.run, 1000), steps: {}, currentStep: 0 }
    } else if (event?.type === 'finish' && count(event.run, 1000) >= next.run) {
      const score = shape.questionIds.filter((id) => next.steps[id]?.firstTry).length
      next.status = 'completed'
      next.completedAt ??= now.toISOString()
      next.score = Math.max(next.score ?? 0, score)
      next.currentStep = shape.stepIds.length
    }
  }
  return next
}
