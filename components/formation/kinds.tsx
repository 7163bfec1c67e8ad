import dynamic from 'next/dynamic'
import type { ComponentType } from 'react'

import { isChoiceCorrect } from '@/lib/formation/choice'
import { isInZone, zoneCenter } from '@/lib/formation/hotspot'
import { isOrderCorrect, shuffleOrder } from '@/lib/formation/order'
import { hasTypedAnswer, isTextCorrect } from '@/lib/formation/text'

import { ChoiceStepView } from './steps/ChoiceStepView'
import { HotspotStepView } from './steps/HotspotStepView'
import { OrderStepView } from './steps/OrderStepView'
import { TypeTextStepView } from './steps/TypeTextStepView'
import type { Answers, QuestionKind, QuestionPlayerStep, QuestionState } from './types'
import type { ViewProps } from './viewProps'

// The simulated screens are the largest views and few formations use them: loaded only by formations that have
// one, as soon as such a formation opens (preload.ts), so a lost connection later cannot break the step.
export const loadSimulatedStepView = () => import('./steps/SimulatedStepView').then((m) => m.SimulatedStepView)
const SimulatedStepView = dynamic(loadSimulatedStepView)

type Step<K extends QuestionKind> = Extract<QuestionPlayerStep, { kind: K }>

/** Everything the player needs to know about one kind of question; the check/retry flow is the same for all. */
export type QuestionKindSpec<K extends QuestionKind> = {
  /** The answer before the learner does anything. */
  initial: (step: Step<K>) => Answers[K]
  /** A right answer, to show a question already answered right (resumed progress). */
  solved: (step: Step<K>) => Answers[K]
  /** The answer kept by "Réessayer" (the learner corrects it rather than starting over). */
  retry: (answer: Answers[K], step: Step<K>) => Answers[K]
  hasAnswer: (answer: Answers[K]) => boolean
  isCorrect: (step: Step<K>, answer: Answers[K]) => boolean
  /** The text of the feedback box after a check. */
  feedback: (step: Step<K>, correct: boolean) => string
  View: ComponentType<ViewProps<K>>
  /** The view checks by itself (a simulated screen reports): no "Valider" button. */
  selfChecking?: boolean
}

const choiceIds = (step: Step<'choice'>) => step.options.filter((o) => o.correct).map((o) => o.id)

export const questionKinds: { [K in QuestionKind]: QuestionKindSpec<K> } = {
  choice: {
    initial: () => [],
    solved: choiceIds,
    retry: () => [],
    hasAnswer: (selected) => selected.length > 0,
    isCorrect: (step, selected) => isChoiceCorrect(step.options, selected),
    feedback: (step) => step.explanation,
    View: ChoiceStepView,
  },
  hotspot: {
    initial: () => null,
    solved: (step) => zoneCenter(step.zone),
    retry: (marker) => marker,
    hasAnswer: (marker) => marker !== null,
    isCorrect: (step, marker) => marker !== null && isInZone(step.zone, marker),
    feedback: (step, correct) => (correct ? step.correctFeedback : step.wrongFeedback),
    View: HotspotStepView,
  },
  typeText: {
    initial: () => '',
    solved: (step) => step.answers[0] ?? '',
    retry: (typed) => typed,
    hasAnswer: hasTypedAnswer,
    isCorrect: (step, typed) => isTextCorrect(step.answers, typed),
    feedback: (step) => step.explanation,
    View: TypeTextStepView,
  },
  order: {
    initial: (step) =>
      shuffleOrder(
        step.items.map((item) => item.id),
        step.id,
      ),
    solved: (step) => step.items.map((item) => item.id),
    retry: (order) => order,
    // Shuffled, never in order: checking without moving anything is a (wrong) answer, not a missing one.
    hasAnswer: () => true,
    isCorrect: (step, order) =>
      isOrderCorrect(
        step.items.map((item) => item.id),
        order,
      ),
    feedback: (step) => step.explanation,
    View: OrderStepView,
  },
  simulated: {
    initial: () => null,
    solved: () => true,
    retry: () => null,
    hasAnswer: (reported) => reported !== null,
    isCorrect: (_, reported) => reported === true,
    feedback: (step) => step.explanation,
    View: SimulatedStepView,
    selfChecking: true,
  },
}

/**
 * The spec of a step's kind. TypeScript cannot tie `kinds[step.kind]` to `step` itself: the cast is safe because
 * every spec only ever receives steps and answers of its own kind (the state is keyed by step).
 */
export function kindOf(step: QuestionPlayerStep): QuestionKindSpec<QuestionKind> {
  return questionKinds[step.kind] as unknown as QuestionKindSpec<QuestionKind>
}

export const isQuestion = (step: { kind: string }): step is QuestionPlayerStep => step.kind !== 'content'

export function freshState(step: QuestionPlayerStep): QuestionState {
  return { answer: kindOf(step).initial(step), checked: false, attempts: 0, correct: false, firstTry: false }
}
