'use client'

import { usePlayerT } from '@/components/formation/messages'

import { TextTask } from './TextTask'
import type { TaskProps } from './types'

export function TypeNameTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.typeName')
  return <TextTask label={t('label')} submit={t('submit')} check={(v) => /\p{L}{2,}/u.test(v)} report={report} />
}

export function CapitalsTask({ report, expected }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.capitals')
  return (
    <TextTask
      label={t('label')}
      submit={t('submit')}
      check={(v) => v === (expected ?? t('expected'))}
      report={report}
    />
  )
}

export function AtSignTask({ report, expected }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.atSign')
  return (
    <TextTask
      label={t('label')}
      submit={t('submit')}
      type="email"
      check={(v) => v.toLowerCase() === (expected ?? t('expected')).toLowerCase()}
      report={report}
    />
  )
}
