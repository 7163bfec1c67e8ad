import type { ComponentProps } from 'react'

import { textLinkClass } from './textLinkClass'
import { Link } from '@/i18n/navigation'

export type TextLinkProps = Omit<ComponentProps<typeof Link>, 'className'> & { strong?: boolean; className?: string }

/** A stand-alone link to a localized page (back links, "reset the filters"); `<a>` to files use textLinkClass. */
export function TextLink({ strong, className, ...rest }: TextLinkProps) {
  return <Link className={textLinkClass({ strong, className })} {...rest} />
}
