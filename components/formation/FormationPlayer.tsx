'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import { firstTryScore, isChoiceCorrect } from '@/lib/formation/choice'

import { ChoiceStepView } from './steps/ChoiceStepView'
import { ContentStepView } from './steps/ContentStepView'
import type { ChoiceState, PlayerStep } from './types'

const emptyChoice: ChoiceState = { selected: [], checked: false, attempts: 0, correct: false, firstTry: false }

type Props = { steps: PlayerStep[]; backHref: string }

/** Plays a formation one step at a time; questions give feedback and can be retried. */
export function FormationPlayer({ steps, backHref }: Props) {
  const t = useTranslations('formation')
  const [index, setIndex] = useState(0)
  const [choices, setChoices] = useState<Record<string, ChoiceState>>({})
  const [missingAnswer, setMissingAnswer] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  const done = index >= steps.length
  const step = steps[index]

  // Move focus to the new step so keyboard and screen-reader users start reading at its top.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    headingRef.current?.focus()
  }, [index])

  const questions = steps.filter((s) => s.kind === 'choice')
  const choiceState = step?.kind === 'choice' ? (choices[step.id] ?? emptyChoice) : emptyChoice

  function go(to: number) {
    setMissingAnswer(false)
    setIndex(to)
  }

  function select(selected: string[]) {
    if (!step) return
    setMissingAnswer(false)
    setChoices((all) => ({ ...all, [step.id]: { ...choiceState, selected } }))
  }

  function check() {
    if (step?.kind !== 'choice') return
    if (choiceState.selected.length === 0) return setMissingAnswer(true)
    const correct = isChoiceCorrect(step.options, choiceState.selected)
    const attempts = choiceState.attempts + 1
    setChoices((all) => ({
      ...all,
      [step.id]: { ...choiceState, checked: true, attempts, correct, firstTry: correct && attempts === 1 },
    }))
  }

  function retry() {
    if (!step) return
    setChoices((all) => ({ ...all, [step.id]: { ...choiceState, selected: [], checked: false } }))
  }

  const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-5 text-lg font-semibold'
  const primary = `${button} bg-brand-700 text-white hover:bg-brand-900`
  const secondary = `${button} border-2 border-brand-700 text-brand-700 hover:bg-brand-50`

  if (done) {
    const outcomes = questions.map((q) => choices[q.id] ?? emptyChoice)
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
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <button type="button" className={secondary} onClick={() => (setChoices({}), go(0))}>
            {t('restart')}
          </button>
          <a href={backHref} className={primary}>
            {t('backToModule')}
          </a>
        </div>
      </section>
    )
  }

  return (
    <section aria-labelledby="formation-step" className="rounded-xl border border-slate-300 p-4 sm:p-6">
      <p className="font-semibold text-slate-700">{t('stepOf', { current: index + 1, total: steps.length })}</p>
      <div
        className="mt-2 h-3 w-full overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-label={t('progress')}
        aria-valuemin={1}
        aria-valuemax={steps.length}
        aria-valuenow={index + 1}
      >
        <div className="h-full bg-brand-700" style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
      </div>

      <h2 id="formation-step" ref={headingRef} tabIndex={-1} className="mt-5 text-2xl font-bold text-brand-900">
        {step.kind === 'content' ? step.title : t('question')}
      </h2>
      <div className="mt-4">
        {step.kind === 'content' ? (
          <ContentStepView step={step} />
        ) : (
          <ChoiceStepView step={step} state={choiceState} missingAnswer={missingAnswer} onSelect={select} />
        )}
      </div>

      {step.kind === 'choice' && choiceState.checked ? (
        <div
          role="status"
          className={`mt-5 rounded-lg border-l-8 p-4 ${choiceState.correct ? 'border-green-700 bg-green-50' : 'border-amber-600 bg-amber-50'}`}
        >
          <p className="text-lg font-bold">{choiceState.correct ? `✓ ${t('correct')}` : `✗ ${t('incorrect')}`}</p>
          {step.explanation ? <p className="mt-1">{step.explanation}</p> : null}
        </div>
      ) : null}

      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        {index > 0 ? (
          <button type="button" className={secondary} onClick={() => go(index - 1)}>
            ← {t('previous')}
          </button>
        ) : (
          <span />
        )}
        <div className="flex flex-wrap gap-3">
          {step.kind === 'choice' && !choiceState.checked ? (
            <button type="button" className={primary} onClick={check}>
              {t('check')}
            </button>
          ) : null}
          {step.kind === 'choice' && choiceState.checked && !choiceState.correct ? (
            <button type="button" className={secondary} onClick={retry}>
              {t('retry')}
            </button>
          ) : null}
          {step.kind === 'content' || choiceState.checked ? (
            <button type="button" className={primary} onClick={() => go(index + 1)}>
              {index === steps.length - 1 ? t('finish') : `${t('next')} →`}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  )
}
