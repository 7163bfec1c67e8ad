'use client'

import type { ViewProps } from '@/components/formation/viewProps'
import { MissingAnswer } from './MissingAnswer'
import { usePlayerT } from '@/components/formation/messages'

export function ChoiceStepView({ step, state, missingAnswer, onAnswer }: ViewProps<'choice'>) {
  const t = usePlayerT('formation')
  const hintId = `${step.id}-hint`
  const errorId = `${step.id}-error`
  const selectedIds = state.answer

  function toggle(optionId: string) {
    if (!step.multiple) return onAnswer([optionId])
    onAnswer(selectedIds.includes(optionId) ? selectedIds.filter((id) => id !== optionId) : [...selectedIds, optionId])
  }

  return (
    <fieldset aria-describedby={missingAnswer ? `${hintId} ${errorId}` : hintId} disabled={state.checked}>
      <legend className="text-xl font-bold">{step.question}</legend>
      <p id={hintId} className="mt-1 text-slate-700">
        {step.multiple ? t('chooseMany') : t('chooseOne')}
      </p>
      {missingAnswer ? <MissingAnswer id={errorId} message={t('pickAnswer')} /> : null}
      <ul className="mt-3 space-y-2">
        {step.options.map((option) => {
          const selected = selectedIds.includes(option.id)
          const showFeedback = state.checked && selected
          return (
            <li key={option.id}>
              <label
                className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 px-4 py-2 text-lg ${
                  selected ? 'border-brand-700 bg-brand-50' : 'border-slate-300 bg-white hover:border-brand-600'
                }`}
              >
                <input
                  type={step.multiple ? 'checkbox' : 'radio'}
                  name={step.id}
                  value={option.id}
                  checked={selected}
                  onChange={() => toggle(option.id)}
                  className="h-6 w-6 shrink-0 accent-brand-700"
                />
                <span>{option.label}</span>
              </label>
              {showFeedback && option.feedback ? (
                <p className="ml-4 mt-1 border-l-4 border-slate-400 pl-3 text-slate-800">
                  <span className="font-semibold">{option.correct ? '✓ ' : '✗ '}</span>
                  {option.feedback}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
