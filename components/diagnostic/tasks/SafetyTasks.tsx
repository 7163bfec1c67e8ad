'use client'

import { usePlayerT } from '@/components/formation/messages'

import { simButton, type TaskProps } from './types'

function Choices({
  ns,
  keys,
  right,
  report,
}: {
  ns: 'phishing' | 'unsafeSite'
  keys: string[]
  right: string
  report: TaskProps['report']
}) {
  const t = usePlayerT(`diagnostic.tasks.${ns}`)
  return (
    <ul className="space-y-3">
      {keys.map((key) => (
        <li key={key}>
          <button
            type="button"
            className={`${simButton} w-full py-2 text-left font-normal`}
            onClick={() => report(key === right)}
          >
            {t(`${ns === 'phishing' ? 'messages' : 'options'}.${key}` as 'messages.a')}
          </button>
        </li>
      ))}
    </ul>
  )
}

export function PhishingTask({ report }: TaskProps) {
  return <Choices ns="phishing" keys={['b', 'a', 'c']} right="a" report={report} />
}

export function UnsafeSiteTask({ report }: TaskProps) {
  return <Choices ns="unsafeSite" keys={['a', 'b', 'c']} right="b" report={report} />
}
