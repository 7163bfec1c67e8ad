import { describe, expect, it } from 'vitest'

import { httpUrlOrEmpty, isHttpUrl } from '@/lib/http/url'

describe('isHttpUrl', () => {
  it('accepts web addresses only', () => {
    for (const good of ['https://example.be', 'http://example.be/a?b=c#d', 'https://sub.example.be:8443/x'])
      expect(isHttpUrl(good), good).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'ftp://example.be',
      '//example.be',
      'example.be',
      'https://',
      'https://exa mple.be',
      'https://example.be/\n',
      'http://localhost',
      '',
    ])
      expect(isHttpUrl(bad), JSON.stringify(bad)).toBe(false)
  })

  it('drops a stored address that is not http(s) from exports', () => {
    expect(httpUrlOrEmpty('javascript:alert(1)')).toBe('')
    expect(httpUrlOrEmpty('https://example.be')).toBe('https://example.be')
    expect(httpUrlOrEmpty(null)).toBe('')
  })
})
