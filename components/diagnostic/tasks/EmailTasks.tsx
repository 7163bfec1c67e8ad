'use client'

import { usePlayerT } from '@/components/formation/messages'
import { useState } from 'react'

import { TextTask } from './TextTask'
import { simButton, type TaskProps } from './types'

export function FindMessageTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.findMessage')
  const [opened, setOpened] = useState(false)
  const messages = ['bank', 'pharmacy', 'friend', 'newsletter'] as const
  if (opened) return <p className="py-6 text-xl font-semibold">{t('opened')}</p>
  return (
    <div>
      <h3 className="mb-2 text-lg font-bold">{t('inbox')}</h3>
      <ul className="divide-y divide-slate-300 rounded-lg border-2 border-slate-400">
        {messages.map((key) => (
          <li key={key}>
            <button
              type="button"
              className="min-h-12 w-full px-3 py-1 text-left text-lg hover:bg-slate-100 sm:py-2"
              onClick={() => {
                if (key === 'pharmacy') setOpened(true)
                report(key === 'pharmacy')
              }}
            >
              {t(`messages.${key}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

function Message({ ns }: { ns: 'attachment' | 'reply' }) {
  const t = usePlayerT(`diagnostic.tasks.${ns}`)
  return (
    <div className="mb-2 rounded-lg bg-slate-50 p-2 sm:mb-3 sm:p-3">
      <p className="font-semibold">{t('from')}</p>
      <p className="font-semibold">{t('subject')}</p>
      <p className="mt-2">{t('body')}</p>
    </div>
  )
}

export function AttachmentTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.attachment')
  const reply = usePlayerT('diagnostic.tasks.reply')
  const [opened, setOpened] = useState(false)
  return (
    <div>
      <Message ns="attachment" />
      {opened ? (
        <p className="text-xl font-semibold">{t('opened')}</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={simButton} onClick={() => report(false)}>
            {reply('replyButton')}
          </button>
          <button type="button" className={simButton} onClick={() => (setOpened(true), report(true))}>
            {t('file')}
          </button>
        </div>
      )}
    </div>
  )
}

export function ReplyTask({ report, expected }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.reply')
  const [writing, setWriting] = useState(false)
  return (
    <div>
      <Message ns="reply" />
      {writing ? (
        <TextTask
          label={t('label')}
          submit={t('send')}
          check={(v) => v.toLowerCase().includes((expected ?? t('expected')).toLowerCase())}
          report={report}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={simButton} onClick={() => setWriting(true)}>
            {t('replyButton')}
          </button>
          <button type="button" className={simButton} onClick={() => report(false)}>
            {t('forward')}
          </button>
          <button type="button" className={simButton} onClick={() => report(false)}>
            {t('delete')}
          </button>
        </div>
      )}
    </div>
  )
}
