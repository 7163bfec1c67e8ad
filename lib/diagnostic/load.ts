import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { idOf } from '@/lib/payload/relations'
import type { Diagnostic } from '@/payload-types'
import { defaultThresholds, type DiagnosticDefinition, type Difficulty, type Level } from './definition'

type Kind = DiagnosticDefinition['kind']

const four = (group: Partial<Record<'level0' | 'level1' | 'level2' | 'level3', string | null>> | undefined) =>
  [group?.level0 ?? '', group?.level1 ?? '', group?.level2 ?? '', group?.level3 ?? ''] as DiagnosticDefinition['levels']

/** A diagnostic document, read in one language, as the pages and the scoring use it. Pure: unit-tested. */
export function toDefinition(doc: Diagnostic): DiagnosticDefinition {
  return {
    id: doc.id,
    version: doc.updatedAt,
    kind: doc.kind,
    title: doc.title,
    domains: (doc.domains ?? []).map((d) => ({
      key: d.key,
      title: d.title,
      description: d.description ?? undefined,
      tasks: (d.tasks ?? []).map((t) => ({
        key: t.key,
        screen: t.screen,
        difficulty: Math.min(3, Math.max(1, Math.round(t.difficulty))) as Difficulty,
        instruction: t.instruction,
        instructionTouch: t.instructionTouch || undefined,
        hint: t.hint,
        hintTouch: t.hintTouch || undefined,
        readAloud: t.readAloud || undefined,
        expected: t.expected || undefined,
      })),
      recommendations: (d.recommendations ?? []).map((r) => ({
        level: Number(r.level) as Level,
        modules: (r.modules ?? []).map((m) => idOf(m)!),
        parcours: (r.parcours ?? []).map((p) => idOf(p)!),
      })),
    })),
    // A questionnaire has no thresholds (the person assesses themself): the shape is filled, never used.
    thresholds: doc.thresholds ?? defaultThresholds,
    levels: four(doc.levels),
    autonomy: four(doc.autonomy),
    questions: (doc.questions ?? []).map((q) => ({
      key: q.key,
      question: q.question,
      summary: q.summary,
      answers: (q.answers ?? []).map((a) => ({ key: a.key, label: a.label })),
    })),
  }
}

/**
 * The published diagnostic of a kind, in one language, read as the public (drafts never show), or null when
 * none is published: the pages then say so rather than fall back on anything. With several published, the
 * latest published one is used.
 */
export async function findPublishedDiagnostic(
  payload: Payload,
  kind: Kind,
  locale: Locale,
): Promise<DiagnosticDefinition | null> {
  const { docs } = await payload.find({
    collection: 'diagnostics',
    where: { and: [{ kind: { equals: kind } }, { _status: { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    locale,
    fallbackLocale: false,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ? toDefinition(docs[0]) : null
}
