import type { Payload } from 'payload'

import type { Diagnostic } from '@/payload-types'
import { autonomyWording, levelWording, simulatorDomains, situationQuestions } from './data/diagnostics'
import { type Lang, pick } from './localize'
import type { L } from './types'
import { withRowIds } from './upsert'

type Data = Record<string, unknown>
const published = { _status: 'published' } as const
const four = (wording: L[], lang: Lang) =>
  Object.fromEntries(wording.map((w, level) => [`level${level}`, pick(w, lang)]))
const optional = (value: L | undefined, lang: Lang) => (value ? pick(value, lang) : undefined)

/**
 * What each domain recommends at each level, from the demo catalogue as the result sheet chose it before the
 * diagnostics went to the CMS: the published modules of the domain's theme at that level and the next (three
 * at most), and the parcours the level opens (two at most). An editor changes them in /admin.
 */
async function recommendationsOf(payload: Payload, theme: string) {
  const themes = await payload.find({ collection: 'themes', where: { slug: { equals: theme } }, limit: 1, depth: 0 })
  const themeId = themes.docs[0]?.id
  return Promise.all(
    [0, 1, 2, 3].map(async (level) => {
      const modules = themeId
        ? await payload.find({
            collection: 'modules',
            where: {
              and: [
                { themes: { in: [themeId] } },
                { level: { in: [String(level), String(Math.min(level + 1, 3))] } },
                { _status: { equals: 'published' } },
              ],
            },
            sort: 'level',
            limit: 3,
            depth: 0,
          })
        : { docs: [] }
      const parcours = await payload.find({
        collection: 'parcours',
        where: {
          and: [{ prerequisiteLevel: { less_than_equal: String(level) } }, { _status: { equals: 'published' } }],
        },
        sort: '-prerequisiteLevel',
        limit: 2,
        depth: 0,
      })
      return {
        level: String(level),
        modules: modules.docs.map((m) => m.id),
        parcours: parcours.docs.map((p) => p.id),
      }
    }),
  )
}

async function simulatorData(payload: Payload, lang: Lang): Promise<Data> {
  return {
    ...published,
    kind: 'simulator',
    title: pick({ fr: 'Simulateur de compétences numériques', nl: 'Simulator van digitale vaardigheden' }, lang),
    thresholds: { mastered: 0.75, partial: 0.5 },
    levels: four(levelWording, lang),
    domains: await Promise.all(
      simulatorDomains.map(async (d) => ({
        key: d.key,
        title: pick(d.title, lang),
        tasks: d.tasks.map((t) => ({
          key: t.key,
          screen: t.screen,
          difficulty: t.difficulty,
          instruction: pick(t.instruction, lang),
          instructionTouch: optional(t.instructionTouch, lang),
          hint: pick(t.hint, lang),
          hintTouch: optional(t.hintTouch, lang),
          expected: optional(t.expected, lang),
        })),
        recommendations: await recommendationsOf(payload, d.theme),
      })),
    ),
  }
}

async function situationData(payload: Payload, lang: Lang): Promise<Data> {
  return {
    ...published,
    kind: 'situation',
    title: pick({ fr: 'Questionnaire de situation', nl: 'Situatievragenlijst' }, lang),
    levels: four(levelWording, lang),
    autonomy: four(autonomyWording, lang),
    domains: await Promise.all(
      simulatorDomains.map(async (d) => ({
        key: d.key,
        title: pick(d.title, lang),
        recommendations: await recommendationsOf(payload, d.theme),
      })),
    ),
    questions: situationQuestions.map((q) => ({
      key: q.key,
      question: pick(q.question, lang),
      summary: pick(q.summary, lang),
      answers: q.answers.map((a) => ({ key: a.key, label: pick(a.label, lang) })),
    })),
  }
}

/** One diagnostic of a kind, created or updated in French then Dutch, published. Idempotent. */
async function upsertDiagnostic(payload: Payload, kind: Diagnostic['kind'], fr: Data, nl: Data): Promise<number> {
  const existing = await payload.find({
    collection: 'diagnostics',
    where: { kind: { equals: kind } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    locale: 'fr',
    draft: true,
  })
  const saved = existing.docs[0]
    ? await payload.update({ collection: 'diagnostics', id: existing.docs[0].id, data: fr, locale: 'fr', depth: 0 })
    : await payload.create({ collection: 'diagnostics', data: fr as never, locale: 'fr', depth: 0 })
  await payload.update({
    collection: 'diagnostics',
    id: saved.id,
    data: withRowIds(nl, saved) as Data,
    locale: 'nl',
    depth: 0,
  })
  return saved.id
}

/** The simulator and the situation questionnaire, published in French and Dutch (after the catalogue). */
export async function seedDiagnostics(payload: Payload, log: (line: string) => void = () => {}) {
  const simulator = await upsertDiagnostic(
    payload,
    'simulator',
    await simulatorData(payload, 'fr'),
    await simulatorData(payload, 'nl'),
  )
  const situation = await upsertDiagnostic(
    payload,
    'situation',
    await situationData(payload, 'fr'),
    await situationData(payload, 'nl'),
  )
  log('diagnostics: the simulator and the situation questionnaire, published')
  return { simulator, situation }
}
