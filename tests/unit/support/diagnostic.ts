import type { DiagnosticDefinition } from '@/lib/diagnostic/definition'
import { autonomyWording, levelWording, simulatorDomains, situationQuestions } from '@/seed/data/diagnostics'

type Lang = 'fr' | 'nl'
const four = (values: { fr: string; nl: string }[], lang: Lang) =>
  values.map((v) => v[lang]) as DiagnosticDefinition['levels']

/** The demo diagnostic of the seed (seed/data/diagnostics.ts) as the pages read it once published: real content. */
export function seedDefinition(
  kind: DiagnosticDefinition['kind'] = 'simulator',
  lang: Lang = 'fr',
): DiagnosticDefinition {
  return {
    id: 1,
    version: '2026-01-01T00:00:00.000Z',
    kind,
    title: 'Diagnostic',
    thresholds: { mastered: 0.75, partial: 0.5 },
    levels: four(levelWording, lang),
    autonomy: four(autonomyWording, lang),
    domains: simulatorDomains.map((d) => ({
      key: d.key,
      title: d.title[lang],
      recommendations: [],
      tasks:
        kind === 'simulator'
          ? d.tasks.map((t) => ({
              key: t.key,
              screen: t.screen,
              difficulty: t.difficulty,
              instruction: t.instruction[lang],
              hint: t.hint[lang],
              expected: t.expected?.[lang],
            }))
          : [],
    })),
    questions:
      kind === 'situation'
        ? situationQuestions.map((q) => ({
            key: q.key,
            question: q.question[lang],
            summary: q.summary[lang],
            answers: q.answers.map((a) => ({ key: a.key, label: a.label[lang] })),
          }))
        : [],
  }
}
