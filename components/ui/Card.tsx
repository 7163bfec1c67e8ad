import type { HTMLAttributes } from 'react'

import { cx } from './cx'

export type CardVariant = 'plain' | 'link' | 'muted' | 'highlight' | 'empty'
export type CardPadding = 'none' | 'sm' | 'md' | 'lg'

const variants: Record<CardVariant, string> = {
  plain: 'rounded-xl border border-slate-200 bg-white',
  // The whole card is clickable through a stretched link inside it: the ring shows where the keyboard focus is.
  link: 'relative rounded-xl border border-slate-200 bg-white shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-600',
  muted: 'rounded-lg border border-slate-300 bg-slate-50',
  highlight: 'rounded-xl border-2 border-brand-600 bg-brand-50',
  empty: 'rounded-xl border border-dashed border-slate-400 text-center',
}

const paddings: Record<CardPadding, string> = { none: '', sm: 'p-3', md: 'p-4', lg: 'p-5' }
const defaultPadding: Record<CardVariant, CardPadding> = {
  plain: 'lg',
  link: 'lg',
  muted: 'md',
  highlight: 'lg',
  empty: 'lg',
}

export type CardProps = HTMLAttributes<HTMLElement> & {
  variant?: CardVariant
  padding?: CardPadding
  as?: 'div' | 'section' | 'article' | 'aside' | 'li' | 'p'
}

/**
 * A bordered box grouping one thing: a module, an event, a form section, an empty result. `className` adds
 * layout only (margins, flex, gap); the variant gives the border and background.
 */
export function Card({ variant = 'plain', padding, as: Tag = 'div', className, ...rest }: CardProps) {
  const space = variant === 'empty' && !padding ? 'p-8' : paddings[padding ?? defaultPadding[variant]]
  return <Tag className={cx(variants[variant], space, className)} {...rest} />
}
