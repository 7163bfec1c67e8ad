'use client'

import { type ReactNode, useEffect, useRef, useState } from 'react'

import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { ReadAloud } from '@/components/ui/ReadAloud'
import { buttonClass } from '@/components/ui/buttonClass'
import { firstTryScore } from '@/lib/formation/choice'
import type { ProgressEvent, SavedProgress } from '@/lib/progress/types'

import { freshState, isQuestion, kindOf } from './kinds'
import { usePreloadSteps } from './preload'
import { restoreSeconds, restoreStates, startIndex, stepRecord } from './progress'
import { HintToggle, LearnMoreList } from './StepExtras'
import { ContentStepView } from './steps/ContentStepView'
import type { PlayerStep, QuestionState } from './types'
import { usePlayerLocale, usePlayerT } from './messages'

type Props = {
  steps: PlayerStep[]
  backHref: string
  /** Saved progress to resume from: its step, and its questions as they were answered. */
  initial?: SavedProgress
  /** Every change worth saving; the caller queues and sends them (the player does no network or storage). */
  onEvent?: (event: ProgressEvent) => void
  /** Shown in the final card, under the score (level gained, what to do next). */
  doneExtra?: ReactNode
}

/** The browser's clock, read in event handlers and effects only. */
const clock = () => performance.now()

/**
 * Plays a formation one step at a time. Every kind of question goes through the same flow (answer, "Valider",
 * feedback, "Réessayer"); what differs per kind lives in the registry of kinds.tsx. Only the current step is
 * rendered.
 */
export function FormationPlayer({ steps, backHref, initial, onEvent, doneExtra }: Props) {
  const t = usePlayerT('formation')
  const locale = usePlayerLocale()
  const [index, setIndex] = useState(() => startIndex(steps, initial))
  const [states, setStates] = useState(() => restoreStates(steps, initial))
  const [run, setRun] = useState(initial?.run ?? 1)
  const [missingAnswer, setMissingAnswer] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  // Time on each step, counted in the browser, cumulative over visits (and over sessions, from `initial`).
  const seconds = useRef<Record<string, number>>(restoreSeconds(initial))
  const enteredAt = useRef(0)
  const done = index >= steps.length
  const step = steps[index]
  usePreloadSteps(steps)

  // Move focus to the new step so keyboard and screen-reader users start reading at its top, and show the page
  // from its top: "Suivant" may sit below the fold, and the next question must be seen whole (issue 18).
  useEffect(() => {
    enteredAt.current = clock()
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    window.scrollTo({ top: 0 })
    headingRef.current?.focus({ preventScroll: true })
  }, [index, run])

  /** Adds the time since the last count to the step, and returns its total. */
  function spend(stepId: string): number {
    const now = clock()
    const total = (seconds.current[stepId] ?? 0) + (now - enteredAt.current) / 1000
    enteredAt.current = now
    seconds.current[stepId] = total
    return total
  }

  const stateOf = (s: PlayerStep): QuestionState | undefined =>
    isQuestion(s) ? (states[s.id] ?? freshState(s)) : undefined
  const state = step ? stateOf(step) : undefined

  function go(to: number) {
    if (step) {
      const spent = spend(step.id)
      // Reading a content step is its outcome; a question's is sent at each check (and here, for its time).
      if (!isQuestion(step) || (state?.attempts ?? 0) > 0) {
        onEvent?.({ type: 'step', index, record: stepRecord(step, state, spent) })
      }
    }
    setMissingAnswer(false)
    setIndex(to)
    onEvent?.(to >= steps.length ? { type: 'finish', run } : { type: 'position', index: to })
  }

  function update(next: QuestionState) {
    if (step) setStates((all) => ({ ...all, [step.id]: next }))
  }

  function answer(value: QuestionState['answer']) {
    if (!state || state.checked) return
    setMissingAnswer(false)
    update({ ...state, answer: value })
  }

  function check(value?: QuestionState['answer']) {
    if (!step || !isQuestion(step) || !state || state.checked) return
    const kind = kindOf(step)
    const given = value === undefined ? state.answer : value
    if (!kind.hasAnswer(given)) return setMissingAnswer(true)
    const correct = kind.isCorrect(step, given)
    const attempts = state.attempts + 1
    const next = { answer: given, checked: true, attempts, correct, firstTry: correct && attempts === 1 }
    setMissingAnswer(false)
    update(next)
    onEvent?.({ type: 'step', index, record: stepRecord(step, next, spend(step.id)) })
  }

  function retry() {
    if (!step || !isQuestion(step) || !state) return
    update({ ...state, answer: kindOf(step).retry(state.answer, step), checked: false })
  }

  function restart() {
    const nextRun = run + 1
    setStates({})
    seconds.current = {}
    setRun(nextRun)
    setMissingAnswer(false)
    setIndex(0)
    onEvent?.({ type: 'restart', run: nextRun })
    onEvent?.({ type: 'position', index: 0 })
  }

  if (done || !step) {
    const questions = steps.filter(isQuestion)
    const outcomes = questions.map((q) => states[q.id] ?? freshState(q))
    return (
      <section aria-labelledby="formation-done" className="rounded-xl border-2 border-brand-600 p-6 text-center">
        <h2 id="formation-done" ref={headingRef} tabIndex={-1} className="text-2xl font-extrabold text-brand-900">
          {t('doneTitle')}
        </h2>
        {questions.length ? (
          <p className="mt-3 text-lg">
            {t('doneScore', { correct: firstTryScore(outcomes), total: questions.length })}
          </p>
        ) : null}
        {doneExtra ? <div className="mt-4">{doneExtra}</div> : null}
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Button type="button" variant="secondary" size="lg" onClick={restart}>
            {t('restart')}
          </Button>
          <a href={backHref} className={buttonClass({ size: 'lg' })}>
            {t('backToModule')}
          </a>
        </div>
      </section>
    )
  }

  const question = isQuestion(step) ? step : null
  const kind = question ? kindOf(question) : null
  const feedback = question && state?.checked ? kindOf(question).feedback(question, state.correct) : ''
  const heading = step.kind === 'content' ? step.title : step.kind === 'simulated' ? t('practice') : t('question')
  // An ordering question is read in the order the learner has the items now.
  const speech =
    step.kind === 'order' && state
      ? [step.speech, ...(state.answer as string[]).map((id) => step.items.find((i) => i.id === id)?.label)].join('\n')
      : step.speech

  return (
    // Compact on a phone (issue 18): the counter, the bar and the loudspeaker share one line, and the question's
    // own words are its visible heading, so the question and its exercise fit a 360×640 screen.
    <section aria-labelledby="formation-step" className="sm:rounded-xl sm:border sm:border-slate-300 sm:p-6">
      <div className="flex items-center gap-3">
        <p className="shrink-0 font-semibold text-slate-700">
          {t('stepOf', { current: index + 1, total: steps.length })}
        </p>
        <div
          className="h-3 min-w-12 flex-1 overflow-hidden rounded-full bg-slate-200"
          role="progressbar"
          aria-label={t('progress')}
          aria-valuemin={1}
          aria-valuemax={steps.length}
          aria-valuenow={index + 1}
        >
          <div className="h-full bg-brand-700" style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
        </div>
        <ReadAloud
          key={`${step.id}-${run}`}
          compact
          text={speech}
          lang={step.lang ?? locale}
          labels={{ read: t('readAloud'), stop: t('stopReading') }}
        />
      </div>

      {/* Where the focus goes at each step. A question's visible heading is its own text, just below. */}
      <h2
        id="formation-step"
        ref={headingRef}
        tabIndex={-1}
        lang={step.kind === 'content' ? step.lang : undefined}
        className={step.kind === 'content' ? 'mt-3 text-2xl font-bold text-brand-900 outline-none' : 'sr-only'}
      >
        {heading}
      </h2>
      <div className="mt-3" lang={step.lang}>
        {kind && question && state ? (
          <kind.View
            key={`${step.id}-${run}`}
            step={question}
            state={state}
            missingAnswer={missingAnswer}
            onAnswer={answer}
            onSubmit={check}
          />
        ) : step.kind === 'content' ? (
          <ContentStepView step={step} />
        ) : null}
      </div>
      {/* Under the exercise: trying first is part of learning. */}
      {step.hint ? (
        <div className="mt-4 flex flex-wrap gap-2" key={`hint-${step.id}-${run}`} lang={step.lang}>
          <HintToggle id={step.id} hint={step.hint} />
        </div>
      ) : null}

      {kind && state?.checked ? (
        <Notice as="div" role="status" tone={state.correct ? 'success' : 'warning'} look="bar" className="mt-5">
          <p className="text-lg font-bold">{state.correct ? `✓ ${t('correct')}` : `✗ ${t('incorrect')}`}</p>
          {feedback ? (
            <p className="mt-1" lang={step.lang}>
              {feedback}
            </p>
          ) : null}
        </Notice>
      ) : null}
      {!kind || state?.checked ? <LearnMoreList id={step.id} links={step.learnMore} /> : null}

      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        {index > 0 ? (
          <Button type="button" variant="secondary" size="lg" onClick={() => go(index - 1)}>
            ← {t('previous')}
          </Button>
        ) : (
          <span />
        )}
        <div className="flex flex-wrap gap-3">
          {kind && !kind.selfChecking && !state?.checked ? (
            <Button type="button" size="lg" onClick={() => check()}>
              {t('check')}
            </Button>
          ) : null}
          {kind && state?.checked && !state.correct ? (
            <Button type="button" variant="secondary" size="lg" onClick={retry}>
              {t('retry')}
            </Button>
          ) : null}
          {!kind || state?.checked ? (
            <Button type="button" size="lg" onClick={() => go(index + 1)}>
              {index === steps.length - 1 ? t('finish') : `${t('next')} →`}
            </Button>
          ) : null}
        </div>
      </div>
    </section>
  )
}
