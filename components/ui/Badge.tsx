import type { HTMLAttributes } from 'react'

import { cx } from './cx'

export type BadgeTone = 'brand' | 'success' | 'warning' | 'neutral'

const tones: Record<BadgeTone, string> = {
  brand: 'bg-brand-50 text-brand-900',
  success: 'bg-green-100 text-green-900',
  warning: 'bg-amber-100 text-brand-900',
  neutral: 'bg-slate-100 text-slate-800',
}

export type BadgeProps = HTMLAttributes<HTMLElement> & { tone?: BadgeTone; as?: 'span' | 'p' }

/** A short label on a thing (a status, a kind, a code): not clickable, never the only carrier of meaning. */
export function Badge({ tone = 'brand', as: Tag = 'span', className, ...rest }: BadgeProps) {
  return <Tag className={cx('inline-block rounded px-2 py-0.5 font-semibold', tones[tone], className)} {...rest} />
}
