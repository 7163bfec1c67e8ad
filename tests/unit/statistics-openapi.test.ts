import SwaggerParser from '@apidevtools/swagger-parser'
import { describe, expect, it } from 'vitest'

import { openApiDocument } from '@/lib/statistics/openapi'

/** The hand-written OpenAPI document of /api/v1 (lib/statistics/openapi.ts) is valid OpenAPI 3.1. */
describe('openApiDocument', () => {
  it('validates as OpenAPI 3.1, with both endpoints, bearer security and the server on the given origin', async () => {
    const document = openApiDocument('https://123digit.be')
    const api = await SwaggerParser.validate(structuredClone(document) as never)
    expect(api).toMatchObject({ openapi: '3.1.0', servers: [{ url: 'https://123digit.be/api/v1' }] })
    expect(Object.keys(document.paths)).toEqual(['/statistics', '/activities'])
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' })
    for (const path of Object.values(document.paths))
      expect(Object.keys(path.get.responses)).toEqual(['200', '400', '401', '403', '429'])
  })
})
