import type { FieldErrors } from '@/lib/forms/types'
import type { DiagnosticDefinition, Level } from './definition'
import { type DiagnosticLevels, overallLevel } from './scoring'

/**
 * The situation questionnaire: what the person has, uses, can do, wants and what holds them back, asked with
 * the questions of the published `situation` diagnostic. Filled online with an aidant, or printed (A4) and
 * typed in afterwards. Pure: unit-tested.
 */
type Shape = Pick<DiagnosticDefinition, 'domains' | 'questions'>

export type SituationAnswers = {
  /** The chosen answers' keys, by question key. */
  questions: Record<string, string[]>
  autonomy: Record<string, Level>
  notes: string
  learnerCode: string
}

/** Reads the form: unknown values are dropped; every domain needs a self-assessed autonomy from 0 to 3. */
export function parseSituation(definition: Shape, form: FormData): { answers: SituationAnswers; errors: FieldErrors } {
  const questions = Object.fromEntries(
    definition.questions.map((q) => {
      const known = q.answers.map((a) => a.key)
      return [
        q.key,
        form
          .getAll(`q.${q.key}`)
          .map(String)
          .filter((v) => known.includes(v)),
      ]
    }),
  )
  const autonomy: Record<string, Level> = {}
  for (const { key } of definition.domains) {
    const raw = form.get(`autonomy.${key}`)
    if (typeof raw === 'string' && /^[0-3]$/.test(raw)) autonomy[key] = Number(raw) as Level
  }
  const answers = {
    questions,
    autonomy,
    notes: String(form.get('notes') ?? '')
      .trim()
      .slice(0, 2000),
    learnerCode: String(form.get('learnerCode') ?? '')
      .trim()
      .slice(0, 40),
  }
  return { answers, errors: situationErrors(definition, answers) }
}

/** Every domain needs a self-assessed autonomy from 0 to 3 (a level missing or out of range is required). */
export function situationErrors(
  definition: Pick<Shape, 'domains'>,
  answers: Pick<SituationAnswers, 'autonomy'>,
): FieldErrors {
  const errors: FieldErrors = {}
  for (const { key } of definition.domains) {
    const level: unknown = answers.autonomy[key]
    if (!(typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 3))
      errors[`autonomy.${key}`] = 'required'
  }
  return errors
}

/** The levels of a questionnaire are the person's own assessment, domain by domain, overall rounded down. */
export function situationLevels(
  definition: Pick<Shape, 'domains'>,
  answers: Pick<SituationAnswers, 'autonomy'>,
): DiagnosticLevels {
  const domains = Object.fromEntries(definition.domains.map((d) => [d.key, answers.autonomy[d.key] ?? 0]))
  return { domains, overall: overallLevel(Object.values(domains)) }
}
