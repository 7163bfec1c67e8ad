import type { Payload } from 'payload'

import { type Locale, locales } from '@/i18n/locales'
import type { DiagnosticResult } from '@/payload-types'
import type { DiagnosticDefinition, Level } from './definition'
import { findPublishedDiagnostic } from './load'
import { type DiagnosticLevels, strengthsAndPriorities } from './scoring'

/** The words of a diagnostic a result sheet shows, in one language. */
export type SnapshotWords = {
  domains: Record<string, string>
  levels: DiagnosticDefinition['levels']
  questions: { key: string; summary: string; answers: Record<string, string> }[]
}

/**
 * What a result keeps of the diagnostic it was scored with, so it renders the same after the diagnostic
 * changes: the words in every language (the sheet can be read in the other one), and what was recommended.
 */
export type ResultSnapshot = {
  words: Record<Locale, SnapshotWords>
  recommended: { domain: string; modules: number[]; parcours: number[] }[]
}

export const wordsOf = (definition: DiagnosticDefinition): SnapshotWords => ({
  domains: Object.fromEntries(definition.domains.map((d) => [d.key, d.title])),
  levels: definition.levels,
  questions: definition.questions.map((q) => ({
    key: q.key,
    summary: q.summary,
    answers: Object.fromEntries(q.answers.map((a) => [a.key, a.label])),
  })),
})

/** Recommendations of the priority domains at their level, as the diagnostic sets them. Pure: unit-tested. */
export function recommendedFor(definition: DiagnosticDefinition, scored: DiagnosticLevels) {
  const { priorities } = strengthsAndPriorities(scored)
  return priorities.map((domain) => {
    const row = definition.domains
      .find((d) => d.key === domain)
      ?.recommendations.find((r) => r.level === scored.domains[domain])
    return { domain, modules: row?.modules ?? [], parcours: row?.parcours ?? [] }
  })
}

/** The snapshot of a scored result, from the diagnostic in every language. Pure. */
export function snapshotOf(byLocale: Record<Locale, DiagnosticDefinition>, scored: DiagnosticLevels): ResultSnapshot {
  const words = Object.fromEntries(locales.map((l) => [l, wordsOf(byLocale[l])])) as Record<Locale, SnapshotWords>
  return { words, recommended: recommendedFor(byLocale.fr, scored) }
}

/**
 * The published diagnostic of a kind in every language (the same document), or null when none is published.
 * Read at save time, uncached: a result is scored with what is published at that moment.
 */
export async function publishedInEveryLocale(
  payload: Payload,
  kind: DiagnosticDefinition['kind'],
): Promise<Record<Locale, DiagnosticDefinition> | null> {
  const read = await Promise.all(locales.map((l) => findPublishedDiagnostic(payload, kind, l)))
  if (read.some((d) => !d)) return null
  return Object.fromEntries(locales.map((l, i) => [l, read[i]!])) as Record<Locale, DiagnosticDefinition>
}

/**
 * What a result sheet shows of its diagnostic, in the reader's language: the snapshot kept with the result.
 * A result saved before results kept one (issue 16) is read with the published diagnostic of its kind, whose
 * domain keys are the ones it was scored with; with none published, the keys themselves.
 */
export async function resultSheet(
  payload: Payload,
  result: DiagnosticResult,
  locale: Locale,
): Promise<{ words: SnapshotWords; recommended: ResultSnapshot['recommended'] }> {
  const snapshot = result.snapshot as ResultSnapshot | null | undefined
  const kept = snapshot?.words?.[locale]
  if (snapshot && kept) return { words: kept, recommended: snapshot.recommended ?? [] }
  const current = await findPublishedDiagnostic(payload, result.kind, locale)
  const levels = { domains: result.levels as DiagnosticLevels['domains'], overall: result.overall as Level }
  if (current) return { words: wordsOf(current), recommended: recommendedFor(current, levels) }
  const keys = Object.keys(levels.domains)
  return {
    words: { domains: Object.fromEntries(keys.map((k) => [k, k])), levels: ['0', '1', '2', '3'], questions: [] },
    recommended: [],
  }
}

/** Each result with the words of its sheet (resultSheet), for the lists of a learner's diagnostics. */
export const withWords = (payload: Payload, results: DiagnosticResult[], locale: Locale) =>
  Promise.all(results.map(async (result) => ({ result, words: (await resultSheet(payload, result, locale)).words })))
