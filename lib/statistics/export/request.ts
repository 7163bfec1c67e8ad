import 'server-only'

import { isLocale, type Locale } from '@/i18n/locales'
import { translator } from '@/lib/i18n/translator'
import { brusselsDay } from '@/lib/time/brussels'

import type { Scope } from '@/lib/statistics/compute'
import { parseFilters, type StatisticsFilters } from '@/lib/statistics/filters'
import { scopeFor, statisticsViewer, type ScopeName } from '@/lib/statistics/viewer'
import { exportWords } from './labels'

export type ExportRequest = {
  locale: Locale
  scopeName: ScopeName
  scope: Scope
  filters: StatisticsFilters
  ignored: string[]
}

/** Headers every export answer carries: never stored by a browser or a proxy, ignored filters named. */
export function downloadHeaders(contentType: string, filename: string, ignored: string[]): HeadersInit {
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
    ...(ignored.length ? { 'x-ignored-filters': ignored.join(',') } : {}),
  }
}

/** "123digit-activites-2026-12-02.csv": what the file holds, in the reader's language, and the day it was made. */
export function exportFilename(locale: Locale, what: 'activities' | 'workbook', extension: string, now = new Date()) {
  return `123digit-${exportWords(locale)(`files.${what}`)}-${brusselsDay(now)}.${extension}`
}

/**
 * What an export asks for, read from its URL (the statistics page's query string, plus `scope` and `locale`),
 * and who asks (lib/statistics/viewer.ts): an aidant their own figures, a référent their structure's, staff the
 * platform's. A visitor gets a 401 in their language; a filter that is not valid is dropped and named.
 */
export async function readExportRequest(request: Request): Promise<ExportRequest | Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const locale: Locale = isLocale(params.locale) ? params.locale : 'fr'
  const viewer = await statisticsViewer()
  if (!viewer) {
    return Response.json(
      { error: { code: 'unauthorized', message: translator(locale, 'statisticsAccess')('unauthorized') } },
      { status: 401, headers: { 'cache-control': 'private, no-store' } },
    )
  }
  const { name, scope } = scopeFor(viewer, params.scope)
  const { filters, ignored } = parseFilters(params)
  return { locale, scopeName: name, scope, filters, ignored }
}
