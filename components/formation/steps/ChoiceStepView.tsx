'use client'

import { useTranslations } from 'next-intl'

import type { ChoicePlayerStep, ChoiceState } from '../types'

type Props = {
  step: ChoicePlayerStep
  state: ChoiceState
  missingAnswer: boolean
  onSelect: (selected: string[]) => void
}

export function ChoiceStepView({ step, state, missingAnswer, onSelect }: Props) {
  const t = useTranslations('formation')
  const hintId = `${step.id}-hint`
  const errorId = `${step.id}-error`

  function toggle(optionId: string) {
    if (!step.multiple) return onSelect([optionId])
    onSelect(
      state.selected.includes(optionId)
        ? state.selected.filter((id) => id !== optionId)
        : [...state.selected, optionId],
    )
  }

  return (
    <fieldset aria-describedby={missingAnswer ? `${hintId} ${errorId}` : hintId} disabled={state.checked}>
      <legend className="text-xl font-bold">{step.question}</legend>
      <p id={hintId} className="mt-1 text-slate-700">
        {step.multiple ? t('chooseMany') : t('chooseOne')}
      </p>
      {missingAnswer ? (
        <p id={errorId} role="alert" className="mt-2 font-semibold text-red-800">
          {t('pickAnswer')}
        </p>
      ) : null}
      <ul className="mt-4 space-y-3">
        {step.options.map((option) => {
          const selected = state.selected.includes(option.id)
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
