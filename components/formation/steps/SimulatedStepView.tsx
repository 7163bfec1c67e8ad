'use client'

import { Frame } from '@/components/diagnostic/tasks/Frame'
import { taskScreens } from '@/components/diagnostic/tasks'

import type { ViewProps } from '@/components/formation/viewProps'
import { usePlayerT } from '@/components/formation/messages'

/**
 * One of the diagnostic's simulated screens. The screen itself says when the learner did it right or wrong: its
 * report is the check. After a check it stays visible but inert; "Réessayer" brings a fresh screen.
 */
export function SimulatedStepView({ step, state, onSubmit }: ViewProps<'simulated'>) {
  const t = usePlayerT('formation')
  const Screen = taskScreens[step.task]
  // Same key while the learner reads the feedback, a new one (a fresh screen) after "Réessayer".
  const tries = state.attempts - (state.checked ? 1 : 0)
  return (
    <div>
      <p className="text-xl font-bold">{step.instruction}</p>
      <div className="mt-3" inert={state.checked}>
        <Frame label={t('simulatedScreen')}>
          {/* The screens read `diagnostic.*` from the player's messages (the page sends them with such a step). */}
          <Screen key={tries} report={(success) => onSubmit(success)} />
        </Frame>
      </div>
    </div>
  )
}
