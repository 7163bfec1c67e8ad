import type { HTMLAttributes } from 'react'

import { cx } from './cx'

export type NoticeTone = 'info' | 'success' | 'warning' | 'error'
export type NoticeLook = 'box' | 'bar' | 'soft'

/** Text colours keep AA contrast on their tinted background (green-900 on green-50 is 9.9:1, red-800 7.4:1). */
const tones: Record<NoticeTone, { border: string; fill: string }> = {
  info: { border: 'border-brand-600', fill: 'bg-brand-50' },
  success: { border: 'border-green-700', fill: 'bg-green-50 text-green-900' },
  warning: { border: 'border-amber-700', fill: 'bg-amber-50' },
  error: { border: 'border-red-700', fill: 'bg-red-50 text-red-800' },
}

const looks: Record<NoticeLook, string> = { box: 'border-2', bar: 'border-l-8', soft: '' }

export type NoticeProps = HTMLAttributes<HTMLElement> & {
  tone?: NoticeTone
  /**
   * `box` (default): the answer to an action (saved, refused). `bar`: feedback or a callout inside content
   * (a formation's "correct", an article's tip). `soft`: a calm, lasting note beside the content (a hint).
   */
  look?: NoticeLook
  as?: 'p' | 'div' | 'section' | 'aside'
}

/**
 * A message about the page or an action's outcome. The tone is never the only signal: the text says it.
 * The caller chooses the live role (`role="status"` for news, `role="alert"` for errors), since only it knows
 * whether the message appears after an action or is there from the start.
 */
export function Notice({ tone = 'info', look = 'box', as: Tag = 'p', className, ...rest }: NoticeProps) {
  const { border, fill } = tones[tone]
  return <Tag className={cx('rounded-lg p-4', looks[look], look !== 'soft' && border, fill, className)} {...rest} />
}
