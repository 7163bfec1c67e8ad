import { cx } from './cx'

export type ButtonVariant = 'primary' | 'secondary' | 'neutral' | 'danger'
export type ButtonSize = 'md' | 'lg' | 'xl'

/**
 * Colours per variant; every pair keeps WCAG AA contrast (white on brand-700 is 9.7:1, on red-700 6.5:1).
 * Hover darkens (or tints outlined buttons); the focus ring is the site-wide :focus-visible outline.
 */
const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-900',
  secondary: 'border-2 border-brand-700 text-brand-700 hover:bg-brand-50',
  neutral: 'border-2 border-slate-600 hover:bg-slate-100',
  danger: 'bg-red-700 text-white hover:bg-red-800',
}

/** Every size is at least 44 px high (WCAG 2.5.8 asks 24; our users tap with unsteady fingers). */
const sizes: Record<ButtonSize, string> = {
  md: 'min-h-11 rounded-lg px-5 font-semibold',
  lg: 'min-h-12 rounded-lg px-5 text-lg font-semibold',
  xl: 'min-h-14 rounded-xl px-5 text-lg font-bold',
}

export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string }

/**
 * The classes of a button, shared by `Button`, `LinkButton` and the few plain `<a>` that must look like one
 * (client components, links to files or outside the localized routes). `className` only adds layout
 * (margins, width, print:hidden): it must not fight the variant's colours.
 */
export function buttonClass({ variant = 'primary', size = 'md', className }: ButtonStyle = {}): string {
  return cx(
    'inline-flex items-center justify-center gap-2 text-center disabled:opacity-60',
    sizes[size],
    variants[variant],
    className,
  )
}
