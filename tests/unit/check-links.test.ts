import { describe, expect, it } from 'vitest'

import { anchorsOf, brokenLinks, isExternal, linksIn } from '@/scripts/check-links.mjs'

describe('the link check of the docs', () => {
  it('finds inline links, images and reference definitions, not code', () => {
    const markdown = [
      'See [the ADR](adr/0001-x.md "title") and ![a map](<img/a map.png>).',
      '`[not](a-link.md)` in code, nor in a block:',
      '```',
      '[nor](this.md)',
      '```',
      '[ref]: ../README.md#layout',
    ].join('\n')
    expect(linksIn(markdown)).toEqual(['adr/0001-x.md', 'img/a map.png', '../README.md#layout'])
  })

  it('leaves other sites alone', () => {
    expect(['https://a.be', 'mailto:x@y.be', '//cdn.be/x'].every(isExternal)).toBe(true)
    expect(isExternal('docs/adr/')).toBe(false)
  })

  it('names headings the way GitHub does', () => {
    const anchors = anchorsOf('# Architecture\n## State and scaling out\n### Who uses it?\n## Notes\n## Notes\n')
    expect([...anchors]).toEqual(['architecture', 'state-and-scaling-out', 'who-uses-it', 'notes', 'notes-1'])
  })

  it('reports a missing file and a missing heading, and accepts what exists', () => {
    const files: Record<string, string> = {
      'docs/a.md': '[ok](b.md#present) [gone](c.md) [bad anchor](b.md#absent) [here](#top) [web](https://x.be)',
      'docs/b.md': '# Present\n',
    }
    const read = (file: string) => files[file] ?? ''
    const exists = (file: string) => file in files
    expect(brokenLinks('docs/a.md', read, exists)).toEqual([
      'docs/a.md: c.md (no such file)',
      'docs/a.md: b.md#absent (no heading #absent)',
      'docs/a.md: #top (no heading #top)',
    ])
  })
})
