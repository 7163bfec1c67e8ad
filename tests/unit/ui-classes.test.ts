import { describe, expect, it } from 'vitest'

import { buttonClass, type ButtonSize, type ButtonVariant } from '@/components/ui/buttonClass'
import { cx } from '@/components/ui/cx'
import { textLinkClass } from '@/components/ui/textLinkClass'

const variants: ButtonVariant[] = ['primary', 'secondary', 'neutral', 'danger']
const sizes: ButtonSize[] = ['md', 'lg', 'xl']

describe('buttonClass', () => {
  it('gives every size a touch target of at least 44 px (min-h-11 and up)', () => {
    for (const size of sizes) {
      const height = /min-h-(\d+)/.exec(buttonClass({ size }))?.[1]
      expect(Number(height), size).toBeGreaterThanOrEqual(11)
    }
  })

  it('gives each variant its own colours, and primary by default', () => {
    const classes = variants.map((variant) => buttonClass({ variant }))
    expect(new Set(classes).size).toBe(variants.length)
    expect(buttonClass()).toBe(buttonClass({ variant: 'primary', size: 'md' }))
    expect(buttonClass()).toContain('bg-brand-700 text-white')
    expect(buttonClass({ variant: 'danger' })).toContain('bg-red-700')
  })

  it('adds the caller’s layout classes last and dims a disabled button', () => {
    const classes = buttonClass({ size: 'lg', className: 'mt-4 print:hidden' })
    expect(classes.endsWith('mt-4 print:hidden')).toBe(true)
    expect(classes).toContain('disabled:opacity-60')
  })
})

describe('textLinkClass and cx', () => {
  it('keeps stand-alone links 44 px high, bold only when asked', () => {
    expect(textLinkClass()).toBe('inline-flex min-h-11 items-center text-brand-700 underline')
    expect(textLinkClass({ strong: true, className: 'mt-2' })).toBe(
      'inline-flex min-h-11 items-center text-brand-700 underline font-semibold mt-2',
    )
  })

  it('skips empty parts', () => {
    expect(cx('a', false, undefined, null, '', 'b')).toBe('a b')
  })
})
