import {
  activityKinds,
  administrativeThemes,
  countries,
  devices,
  mediationThemes,
  places,
} from '@/lib/accompaniments/vocabulary'
import { regions } from '@/lib/accompaniments/territory'

import { callsPerMinute, maxLimit } from './api'
import { breakdownNames, smallCell } from './compute'

const values = (list: readonly { value: string }[]) => list.map((o) => o.value)
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: 'null' }] })
const count = { type: ['integer', 'null'], minimum: 0, description: `null: fewer than ${smallCell} people` }
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

const filterParameters = [
  {
    name: 'from',
    in: 'query',
    description: 'First day (Europe/Brussels), YYYY-MM-DD. Default: the first day of the month, eleven months back.',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'to',
    in: 'query',
    description: 'Last day, included, YYYY-MM-DD. Default: today. At most ten years after `from`.',
    schema: { type: 'string', format: 'date' },
  },
  { name: 'country', in: 'query', schema: { type: 'string', enum: values(countries) } },
  { name: 'region', in: 'query', schema: { type: 'string', enum: Object.keys(regions) } },
  {
    name: 'province',
    in: 'query',
    description: 'A Belgian province (ISO 3166-2, e.g. BE-WNA) or a French department (FR-59).',
    schema: { type: 'string', pattern: '^(BE-[A-Z]{3}|FR-(\\d{2,3}|2A|2B))$' },
  },
  {
    name: 'municipality',
    in: 'query',
    description: 'A Belgian postcode (4 digits) or a French INSEE code (5 characters).',
    schema: { type: 'string', pattern: '^(\\d{4}|\\d{5}|\\d[\\dAB]\\d{3})$' },
  },
  {
    name: 'structure',
    in: 'query',
    description: 'A structure id. A structure key may only name its own structure (else 403).',
    schema: { type: 'integer', minimum: 1 },
  },
  { name: 'theme', in: 'query', schema: { type: 'string', enum: values(mediationThemes) } },
  { name: 'kind', in: 'query', schema: { type: 'string', enum: values(activityKinds) } },
]

const errors = {
  '400': errorResponse('A parameter is not valid (its name is in the message).'),
  '401': errorResponse('No API key, an unknown one, or a revoked one.'),
  '403': errorResponse('The key may not read what was asked (another structure).'),
  '429': {
    ...errorResponse(`Too many calls: at most ${callsPerMinute} per minute and key.`),
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
  },
}

/**
 * The OpenAPI 3.1 description of /api/v1 (issue 17, point 4), written by hand from the code it describes
 * (lib/statistics/api.ts) and validated in tests/int/statistics-openapi.test.ts. `origin` is the public origin.
 */
export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: '123Digit statistics API',
      version: '1.0.0',
      summary: 'Digital-inclusion activity figures of a structure or of the whole 123Digit platform.',
      description: [
        'The figures of the 123Digit statistics pages, and the activities behind them without any personal data:',
        'no names, no notes, no person codes, no ids of people or aidants.',
        `Groups of fewer than ${smallCell} people are never detailed: their figures are null.`,
        'A référent creates a key for their structure, staff one for the platform, on the site page',
        '/fr/statistiques/acces (/nl/statistieken/toegang). Values are stable keys (themes, places…), not labels.',
      ].join(' '),
      license: { name: 'Etalab Open Licence 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
    },
    servers: [{ url: `${origin}/api/v1` }],
    security: [{ apiKey: [] }],
    paths: {
      '/statistics': {
        get: {
          operationId: 'getStatistics',
          summary: 'Totals, twelve months and breakdowns',
          parameters: filterParameters,
          responses: {
            '200': {
              description: 'The figures of the key’s scope under the filters.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Statistics' } } },
            },
            ...errors,
          },
        },
      },
      '/activities': {
        get: {
          operationId: 'listActivities',
          summary: 'Anonymised activities, oldest id first',
          parameters: [
            ...filterParameters,
            {
              name: 'limit',
              in: 'query',
              description: 'Activities per answer.',
              schema: { type: 'integer', minimum: 1, maximum: maxLimit, default: 100 },
            },
            {
              name: 'after',
              in: 'query',
              description: 'Cursor: the last activity id already read. The `next` link carries it.',
              schema: { type: 'integer', minimum: 0 },
            },
            {
              name: 'page',
              in: 'query',
              description: 'A page number (from 1), instead of `after`.',
              schema: { type: 'integer', minimum: 1 },
            },
          ],
          responses: {
            '200': {
              description: 'One page of activities.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ActivityPage' } } },
            },
            ...errors,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'dg_ followed by 43 base64url characters',
          description: 'Authorization: Bearer dg_…',
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', enum: ['invalid_parameter', 'unauthorized', 'forbidden', 'rate_limited'] },
                message: { type: 'string' },
              },
            },
          },
        },
        Scope: {
          type: 'object',
          required: ['kind'],
          properties: {
            kind: { type: 'string', enum: ['structure', 'platform'] },
            structure: { type: 'integer', description: 'The structure of a structure key.' },
          },
        },
        Period: {
          type: 'object',
          required: ['from', 'to'],
          properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } },
        },
        Cell: {
          type: 'object',
          required: ['key', 'activities', 'people'],
          properties: { key: { type: 'string' }, activities: count, people: count },
        },
        Statistics: {
          type: 'object',
          required: ['scope', 'period', 'filters', 'smallCell', 'totals', 'months', 'breakdowns', 'suppressed'],
          properties: {
            scope: { $ref: '#/components/schemas/Scope' },
            period: { $ref: '#/components/schemas/Period' },
            filters: { type: 'object', additionalProperties: { type: 'string' } },
            smallCell: { type: 'integer', const: smallCell },
            totals: {
              type: 'object',
              properties: Object.fromEntries(
                [
                  'activities',
                  'individual',
                  'collective',
                  'people',
                  'newPeople',
                  'returningPeople',
                  'anonymous',
                  'referred',
                ]
                  .map((k): [string, object] => [k, count])
                  .concat([
                    ['hours', { type: ['number', 'null'], description: `null: fewer than ${smallCell} people` }],
                  ]),
              ),
              additionalProperties: false,
            },
            months: {
              type: 'array',
              items: {
                type: 'object',
                required: ['month', 'activities', 'people', 'hours'],
                properties: {
                  month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
                  activities: count,
                  people: count,
                  hours: { type: ['number', 'null'] },
                },
              },
            },
            breakdowns: {
              type: 'object',
              required: [...breakdownNames],
              properties: Object.fromEntries(
                breakdownNames.map((n) => [n, { type: 'array', items: { $ref: '#/components/schemas/Cell' } }]),
              ),
            },
            suppressed: { type: 'boolean', description: 'Whether some groups were hidden.' },
          },
        },
        Activity: {
          type: 'object',
          required: ['id', 'date', 'kind', 'minutes', 'people', 'themes', 'procedures', 'devices', 'territory'],
          properties: {
            id: { type: 'integer' },
            date: { type: 'string', format: 'date' },
            kind: { type: 'string', enum: values(activityKinds) },
            minutes: { type: 'integer', minimum: 1 },
            people: { type: 'integer', minimum: 1 },
            themes: { type: 'array', items: { type: 'string', enum: values(mediationThemes) } },
            procedures: { type: 'array', items: { type: 'string', enum: values(administrativeThemes) } },
            devices: { type: 'array', items: { type: 'string', enum: values(devices) } },
            place: nullable({ type: 'string', enum: values(places) }),
            territory: {
              type: 'object',
              properties: {
                country: { type: ['string', 'null'] },
                region: { type: ['string', 'null'] },
                province: { type: ['string', 'null'] },
                municipality: { type: ['string', 'null'] },
              },
            },
            referred: { type: 'boolean' },
            structure: { type: 'integer', description: 'Platform keys only.' },
          },
        },
        ActivityPage: {
          type: 'object',
          required: ['scope', 'period', 'total', 'limit', 'data', 'next'],
          properties: {
            scope: { $ref: '#/components/schemas/Scope' },
            period: { $ref: '#/components/schemas/Period' },
            total: { type: 'integer', description: 'Activities under the filters.' },
            limit: { type: 'integer' },
            data: { type: 'array', items: { $ref: '#/components/schemas/Activity' } },
            next: { type: ['string', 'null'], format: 'uri', description: 'The next page, or null.' },
          },
        },
      },
    },
  }
}
