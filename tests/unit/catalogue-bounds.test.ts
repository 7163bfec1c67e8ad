import { describe, expect, it } from 'vitest'

import { viewExists, type CatalogueBounds } from '@/lib/catalogue/bounds'

const moduleOf = (themes: string[], level: string) => ({ themes, level })
const bounds: CatalogueBounds = {
  pageSize: 2,
  themes: ['email', 'securite'],
  modules: [
    moduleOf(['email'], '1'),
    moduleOf(['email'], '1'),
    moduleOf(['email', 'securite'], '2'),
    moduleOf([], '0'),
  ],
  moduleSlugs: [],
  parcoursSlugs: [],
  articleSlugs: [],
  eventSlugs: [],
  structureSlugs: [],
}
const view = (themes: string[], levels: string[], page: number) => ({ themes, levels, page })

describe('catalogue views that exist', () => {
  it.each([
    [view([], [], 1)],
    [view([], [], 2)],
    [view(['email'], [], 2)],
    [view(['securite'], ['2'], 1)],
    [view(['securite'], ['3'], 1)],
  ])('%j exists', (filters) => expect(viewExists(bounds, filters)).toBe(true))

  it.each([
    [view(['nope'], [], 1)],
    [view(['email', 'nope'], [], 1)],
    [view([], [], 3)],
    [view(['securite'], [], 2)],
    [view(['email'], ['1'], 2)],
    [view([], [], 10_000)],
  ])('%j does not', (filters) => expect(viewExists(bounds, filters)).toBe(false))
})
