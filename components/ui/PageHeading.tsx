import type { HTMLAttributes } from 'react'

import { cx } from './cx'

export type PageHeadingProps = HTMLAttributes<HTMLHeadingElement> & {
  /** `lg` grows on wider screens, for landing pages (catalogue, media, events). */
  size?: 'md' | 'lg'
}

/** The page's one `<h1>`. `className` adds spacing or print sizes. */
export function PageHeading({ size = 'md', className, ...rest }: PageHeadingProps) {
  return (
    <h1 className={cx('text-3xl font-extrabold text-brand-900', size === 'lg' && 'sm:text-4xl', className)} {...rest} />
  )
}
