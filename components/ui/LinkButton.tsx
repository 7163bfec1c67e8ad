import type { ComponentProps } from 'react'

import { type ButtonStyle, buttonClass } from './buttonClass'
import { Link } from '@/i18n/navigation'

export type LinkButtonProps = Omit<ComponentProps<typeof Link>, 'className'> & ButtonStyle

/**
 * A link to a localized page that looks like a button: for navigation ("Start", "See the catalogue"), never
 * for an action that changes data (use `Button` in a form). Server component, like our `Link`; a client
 * component uses `<a className={buttonClass(…)}>` instead.
 */
export function LinkButton({ variant, size, className, ...rest }: LinkButtonProps) {
  return <Link className={buttonClass({ variant, size, className })} {...rest} />
}
