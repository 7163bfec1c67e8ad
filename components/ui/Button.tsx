import type { ComponentPropsWithRef } from 'react'

import { type ButtonStyle, buttonClass } from './buttonClass'

export type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'className'> & ButtonStyle

/**
 * A native `<button>` in one of the site's styles; every other prop (type, name, value, onClick, ref, aria-*)
 * goes to the element. Works in server and client components alike: it holds no state.
 */
export function Button({ variant, size, className, ...rest }: ButtonProps) {
  return <button className={buttonClass({ variant, size, className })} {...rest} />
}
