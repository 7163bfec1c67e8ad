import type { HTMLAttributes } from 'react'

import { cx } from './cx'

/** The small capitals above a title that say what kind of page or card it is ("Fiche · 123Digit", "Atelier"). */
export function Eyebrow({ className, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  return <p className={cx('font-semibold uppercase tracking-wide text-brand-700', className)} {...rest} />
}
