import type { HTMLAttributes } from 'react'

import { cx } from './cx'

/**
 * The error under a field. Give it the id the field's `aria-describedby` points to, so a screen reader reads
 * it with the field; red-800 on white is 8.3:1, and the text says what to fix.
 */
export function FieldError({ className, ...rest }: HTMLAttributes<HTMLParagraphElement> & { id: string }) {
  return <p className={cx('font-semibold text-red-800', className)} {...rest} />
}
