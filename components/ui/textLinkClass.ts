import { cx } from './cx'

/**
 * A link standing on its own ("← Back to the catalogue", "Add to my calendar"): underlined, and as tall as a
 * button (44 px) so it is easy to tap. Links inside a sentence keep the text's own height.
 */
export function textLinkClass({ strong = false, className }: { strong?: boolean; className?: string } = {}): string {
  return cx('inline-flex min-h-11 items-center text-brand-700 underline', strong && 'font-semibold', className)
}
