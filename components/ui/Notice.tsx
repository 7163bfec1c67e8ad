import type { HTMLAttributes } from 'react'

import { cx } from './cx'

export type NoticeTone = 'info' | 'success' | 'warning' | 'error'

/** Text colours keep AA contrast on their tinted background (green-900 on green-50 is 9.9:1, red-800 7.4:1). */
const tones: Record<NoticeTone, { strong: string; soft: string }> = {
  info: { strong: 'border-2 border-brand-600 bg-brand-50', soft: 'bg-brand-50' },
  success: { strong: 'border-2 border-green-700 bg-green-50 text-green-900', soft: 'bg-green-50 text-green-900' },
  warning: { strong: 'border-2 border-amber-700 bg-amber-50', soft: 'bg-amber-50' },
  error: { strong: 'border-2 border-red-700 bg-red-50 text-red-800', soft: 'bg-red-50 text-red-800' },
}

export type NoticeProps = HTMLAttributes<HTMLElement> & {
  tone?: NoticeTone
  /** Background only, no border: for a calm, lasting note beside the content rather than an answer to an action. */
  soft?: boolean
  as?: 'p' | 'div' | 'section' | 'aside'
}

/**
 * A message about the page or an action's outcome. The tone is never the only signal: the text says it.
 * The caller chooses the live role (`role="status"` for news, `role="alert"` for errors), since only it knows
 * whether the message appears after an action or is there from the start.
 */
export function Notice({ tone = 'info', soft = false, as: Tag = 'p', className, ...rest }: NoticeProps) {
  return <Tag className={cx('rounded-lg p-4', soft ? tones[tone].soft : tones[tone].strong, className)} {...rest} />
}
