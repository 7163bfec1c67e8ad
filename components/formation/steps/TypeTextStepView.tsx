'use client'

import type { ViewProps } from '@/components/formation/viewProps'
import { MissingAnswer } from './MissingAnswer'
import { usePlayerT } from '@/components/formation/messages'

/** A short typed answer; Enter checks it, like the "Valider" button. */
export function TypeTextStepView({ step, state, missingAnswer, onAnswer, onSubmit }: ViewProps<'typeText'>) {
  const t = usePlayerT('formation')
  const inputId = `${step.id}-input`
  const formatId = `${step.id}-format`
  const errorId = `${step.id}-error`
  const describedBy = [step.formatHint ? formatId : '', missingAnswer ? errorId : ''].filter(Boolean).join(' ')

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (!state.checked) onSubmit(state.answer)
      }}
    >
      <label htmlFor={inputId} className="block text-xl font-bold">
        {step.question}
      </label>
      {step.formatHint ? (
        <p id={formatId} className="mt-1 text-slate-700">
          {step.formatHint}
        </p>
      ) : null}
      <input
        id={inputId}
        type="text"
        value={state.answer}
        onChange={(event) => onAnswer(event.target.value)}
        readOnly={state.checked}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-invalid={missingAnswer || (state.checked && !state.correct) || undefined}
        aria-describedby={describedBy || undefined}
        className="mt-3 block min-h-12 w-full rounded-lg border-2 border-slate-600 px-3 text-lg read-only:bg-slate-100"
      />
      {missingAnswer ? <MissingAnswer id={errorId} message={t('typeAnswer')} /> : null}
    </form>
  )
}
